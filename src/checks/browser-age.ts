/**
 * How old a browser version is, from release dates baked in at build time (browserslist's
 * caniuse-lite data). Pure: the `browser` check and its tests call it.
 */
import type { BrowserInfo, ReleaseData } from './env';

/** bowser's browser names → caniuse-lite agent ids. */
export function agentFor(info: BrowserInfo): string | undefined {
  const ios = info.osName === 'iOS' || info.osName === 'iPadOS';
  switch (info.name) {
    case 'Chrome':
    case 'Chromium':
      return 'chrome';
    case 'Microsoft Edge':
      return 'edge';
    case 'Firefox':
      return 'firefox';
    case 'Safari':
      return ios ? 'ios_saf' : 'safari';
    case 'Opera':
      return 'opera';
    case 'Samsung Internet for Android':
      return 'samsung';
    default:
      return undefined;
  }
}

/** "18.0-18.2" → [18, 0]; "131" → [131]; "TP" → undefined. */
export function versionParts(version: string): number[] | undefined {
  const first = version.split('-')[0] ?? '';
  if (!/^\d+(\.\d+)*$/.test(first)) return undefined;
  return first.split('.').map(Number);
}

export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface BrowserAge {
  agent: string;
  /** Release day of the visitor's version, or of the newest known release not newer than it. */
  releaseDay?: number;
  /** The visitor's version is newer than every release in the data. */
  newerThanData: boolean;
  /** The visitor's version is older than every release in the data (so at least this old). */
  olderThanData: boolean;
  newestVersion: string;
  newestDay: number;
}

/**
 * Place `version` among the known releases of its browser, comparing versions numerically
 * (131 > 99) and using dates, never version distance, to say how old it is.
 */
export function browserAge(info: BrowserInfo, data: ReleaseData): BrowserAge | undefined {
  const agent = agentFor(info);
  const mine = info.version ? versionParts(info.version) : undefined;
  const releases = agent ? data.agents[agent] : undefined;
  if (!agent || !mine || !releases) return undefined;
  const known = Object.entries(releases)
    .map(([v, day]) => ({ v, parts: versionParts(v), day }))
    .filter((r): r is { v: string; parts: number[]; day: number } => r.parts !== undefined)
    .sort((a, b) => compareVersions(a.parts, b.parts));
  const newest = known.at(-1);
  const oldest = known[0];
  if (!newest || !oldest) return undefined;
  // Compare at the precision the data uses: Chrome lists majors ("131"), Safari "18.1".
  const precision = (r: { parts: number[] }) => mine.slice(0, Math.max(1, r.parts.length));
  const atOrBelow = known.filter((r) => compareVersions(r.parts, precision(r)) <= 0).at(-1);
  const base = { agent, newestVersion: newest.v, newestDay: newest.day };
  if (compareVersions(precision(newest), newest.parts) > 0) return { ...base, newerThanData: true, olderThanData: false };
  if (!atOrBelow) return { ...base, releaseDay: oldest.day, newerThanData: false, olderThanData: true };
  return { ...base, releaseDay: atOrBelow.day, newerThanData: false, olderThanData: false };
}

export const DAY_MS = 86_400_000;
