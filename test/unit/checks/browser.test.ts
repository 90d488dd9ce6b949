import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { browserCheck } from '../../../src/checks/browser';
import { agentFor, browserAge, compareVersions, versionParts } from '../../../src/checks/browser-age';
import { browserReleases, RELEASE_AGENTS } from '../../../src/build/browser-releases';
import { ctx, day, fakeEnv, RELEASES } from '../../helpers/fake-check-env';

describe('browser age (pure)', () => {
  it('maps bowser names to caniuse agents, iOS Safari apart from desktop Safari', () => {
    expect(agentFor({ name: 'Chrome' })).toBe('chrome');
    expect(agentFor({ name: 'Microsoft Edge' })).toBe('edge');
    expect(agentFor({ name: 'Safari', osName: 'iOS' })).toBe('ios_saf');
    expect(agentFor({ name: 'Safari', osName: 'macOS' })).toBe('safari');
    expect(agentFor({ name: 'Samsung Internet for Android' })).toBe('samsung');
    expect(agentFor({ name: 'Lynx' })).toBeUndefined();
  });

  it('compares versions as numbers, not text', () => {
    expect(compareVersions([99], [131])).toBeLessThan(0);
    expect(compareVersions([18, 1], [18])).toBeGreaterThan(0);
    expect(versionParts('18.0-18.2')).toEqual([18, 0]);
    expect(versionParts('TP')).toBeUndefined();
  });

  it('finds the release of a version, or the newest release not newer than it', () => {
    expect(browserAge({ name: 'Chrome', version: '131.0.6778.85' }, RELEASES)).toMatchObject({
      releaseDay: day(2024, 11, 12),
      newerThanData: false,
    });
    expect(browserAge({ name: 'Safari', version: '18.1.1', osName: 'macOS' }, RELEASES)).toMatchObject({ releaseDay: day(2024, 10, 28) });
    // 17.6 is not in the data: it is at least as old as 17.4's release, and older than 18.0.
    expect(browserAge({ name: 'Safari', version: '17.6', osName: 'macOS' }, RELEASES)).toMatchObject({ releaseDay: day(2024, 3, 5) });
    expect(browserAge({ name: 'Safari', version: '18.1', osName: 'iOS' }, RELEASES)).toMatchObject({
      agent: 'ios_saf',
      releaseDay: day(2024, 9, 16),
    });
  });

  it('knows a version newer than the data, and one older than all of it', () => {
    expect(browserAge({ name: 'Chrome', version: '160.0.0.0' }, RELEASES)).toMatchObject({ newerThanData: true });
    expect(browserAge({ name: 'Chrome', version: '80.0' }, RELEASES)).toMatchObject({ olderThanData: true, releaseDay: day(2022, 3, 1) });
  });
});

describe('browser check', () => {
  it('is ok for a current Chrome and names it', async () => {
    const r = await browserCheck(fakeEnv(), ctx());
    expect(r.status).toBe('ok');
    expect(r.summary).toMatch(/Chrome 156\.0 on Linux/);
    expect(r.data).toMatchObject({ browserName: 'Chrome', browserVersion: '156.0.0.0', osName: 'Linux', browserAgeDays: 38 });
  });

  it('warns about a version older than the configured limit, by date', async () => {
    const r = await browserCheck(fakeEnv({ browser: { name: 'Chrome', version: '131.0.0.0', osName: 'Windows' } }), ctx());
    expect(r.status).toBe('warning');
    expect(r.causes).toEqual(['app-bugs']);
    expect(r.detail).toMatch(/12 November 2024/);
    expect(r.detail).toMatch(/newest we know of is 157/);
    const lenient = await browserCheck(
      fakeEnv({ browser: { name: 'Chrome', version: '131.0.0.0' }, thresholds: { browserOutdatedDays: 1000 } }),
      ctx(),
    );
    expect(lenient.status).toBe('ok');
  });

  it('is ok for a version newer than the build-time data (the data ages, browsers do not wait)', async () => {
    const r = await browserCheck(fakeEnv({ browser: { name: 'Chrome', version: '170.0.0.0' } }), ctx());
    expect(r.status).toBe('ok');
    expect(r.detail).toMatch(/newer than every Chrome release/);
  });

  it('is unknown for a browser without release data, but still names it', async () => {
    const r = await browserCheck(fakeEnv({ browser: { name: 'Lynx', version: '2.9' } }), ctx());
    expect(r.status).toBe('unknown');
    expect(r.summary).toMatch(/Lynx 2\.9/);
    expect(r.data).toMatchObject({ reason: 'unsupported', browserName: 'Lynx' });
  });
});

describe('release data baked at build time', () => {
  it('has dated versions for every agent the check maps, and is small', () => {
    const data = browserReleases(Date.UTC(2026, 10, 27));
    for (const agent of RELEASE_AGENTS) {
      const versions = Object.entries(data.agents[agent] ?? {});
      expect(versions.length, agent).toBeGreaterThan(3);
      for (const [, d] of versions) expect(Number.isInteger(d)).toBe(true);
    }
    expect(gzipSync(JSON.stringify(data)).length).toBeLessThan(3 * 1024);
    // Dates are caniuse-lite's own, as whole days.
    const { agents } = createRequire(import.meta.url)('caniuse-lite') as {
      agents: Record<string, { release_date: Record<string, number> }>;
    };
    expect(data.agents.chrome?.['120']).toBe(Math.floor(agents.chrome!.release_date['120']! / 86_400));
    expect(data.agents.chrome?.['120']).toBeGreaterThan(day(2023, 11, 1));
  });
});
