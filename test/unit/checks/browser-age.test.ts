import { describe, expect, it } from 'vitest';
import { agentFor, browserAge, compareVersions, versionParts } from '../../../src/checks/browser-age';
import { day, RELEASES } from '../../helpers/fake-check-env';

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
