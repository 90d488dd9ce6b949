import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { browserReleases, RELEASE_AGENTS } from '../../../src/build/browser-releases';
import { day } from '../../helpers/fake-check-env';

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
