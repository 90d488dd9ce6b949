/**
 * Build time only: browser release dates from browserslist's caniuse-lite data, cut down to the
 * browsers the `browser` check can name and the recent years, for the browser bundle. The client
 * never loads caniuse-lite itself; it gets this compact object through `virtual:browser-releases`.
 */
import { virtualModule } from './virtual-module.ts'; // with its extension: the configs load this file natively
import { createRequire } from 'node:module';
import type { ReleaseData } from '../checks/env';

interface Agent {
  release_date: Record<string, number | null>;
}

const require = createRequire(import.meta.url);

/** caniuse-lite agent ids the check maps bowser's names to (see src/checks/browser-age.ts). */
export const RELEASE_AGENTS = ['chrome', 'edge', 'firefox', 'safari', 'ios_saf', 'opera', 'samsung'] as const;

const DAY_S = 86_400;

/**
 * Release day (days since 1970) per version, for versions released in the `years` before `now`,
 * plus the newest older one so every version in range has a floor. Unreleased versions (no date)
 * are left out.
 */
export function browserReleases(now = Date.now(), years = 5): ReleaseData {
  const { agents } = require('caniuse-lite') as { agents: Record<string, Agent | undefined> };
  const cutoff = now / 1000 - years * 365 * DAY_S;
  const out: Record<string, Record<string, number>> = {};
  for (const id of RELEASE_AGENTS) {
    const dates = agents[id]?.release_date ?? {};
    const dated = Object.entries(dates)
      .filter((e): e is [string, number] => typeof e[1] === 'number')
      .sort((a, b) => a[1] - b[1]);
    const firstRecent = dated.findIndex(([, t]) => t >= cutoff);
    const kept = firstRecent === -1 ? dated.slice(-1) : dated.slice(Math.max(0, firstRecent - 1));
    out[id] = Object.fromEntries(kept.map(([v, t]) => [v, Math.floor(t / DAY_S)]));
  }
  return { builtDay: Math.floor(now / 1000 / DAY_S), agents: out };
}

/** Vite plugin: `import releases from 'virtual:browser-releases'` gets the data above, made at build time. */
export const browserReleasesPlugin = () => virtualModule('browser-releases', () => browserReleases());
