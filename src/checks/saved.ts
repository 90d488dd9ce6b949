/**
 * Check results kept on this device, the one store for them. /check/ keeps the results the wizard
 * may reuse (the restart test, the browser version) with the time and browser they were found in;
 * the service-status check keeps its latest answer for a few minutes with the feed it came from.
 * Everything read back is validated (src/checks/valid.ts) and must be fresh; nothing leaves the
 * device.
 */
import { CHECK_IDS, CHECK_RULES, type CheckId } from '../config/check-rules';
import type { Locale } from '../config/locales';
import type { CheckResult } from './types';
import { isCheckResult } from './valid';

/** Results are kept in words, so each language keeps its own (English under the original key). */
const keyFor = (locale: Locale): string => (locale === 'en' ? 'shc.check-results.v1' : `shc.check-results.v1.${locale}`);
const DAY_MS = 86_400_000;

/** A kept result: when it was found (ms) and where (the browser's user agent, or the status feed's URL). */
interface Kept {
  readonly at: number;
  readonly browser?: string;
  readonly url?: string;
  readonly result: CheckResult;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** A kept result as `writeKept` should store it. */
export const keptEntry = (result: CheckResult, at: number, from: { browser?: string; url?: string }): Kept => ({ at, ...from, result });

/** The JSON stored under `key`; undefined when blocked (reading `localStorage` itself may throw), missing or damaged. */
export function readKept(storage: () => Pick<Storage, 'getItem'>, key: string): unknown {
  try {
    return JSON.parse(storage().getItem(key) ?? 'null') as unknown;
  } catch {
    return undefined;
  }
}

/** Store `value` as JSON; blocked or full storage keeps nothing (the next page asks or runs again). */
export function writeKept(storage: () => Pick<Storage, 'setItem'>, key: string, value: unknown): void {
  try {
    storage().setItem(key, JSON.stringify(value));
  } catch {
    // see above
  }
}

/**
 * The result in a kept `entry`, with its age, if it is a valid result of check `id`, younger than
 * `maxAgeMs` (and not from the future: a wrong clock), and found where `from` says.
 */
export function freshResult(
  entry: unknown,
  id: CheckId,
  now: number,
  maxAgeMs: number,
  from: { readonly browser?: string; readonly url?: string } = {},
): { result: CheckResult; age: number } | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const kept = entry as Partial<Record<keyof Kept, unknown>>;
  const age = now - (typeof kept.at === 'number' ? kept.at : NaN);
  if (!(age >= 0 && age < maxAgeMs) || !isCheckResult(kept.result, id)) return undefined;
  if ((from.browser !== undefined && kept.browser !== from.browser) || (from.url !== undefined && kept.url !== from.url)) return undefined;
  return { result: kept.result, age };
}

/** Kept from a later /check/ run, by check id. */
function read(storage: Store, locale: Locale): Partial<Record<CheckId, Kept>> {
  const parsed = readKept(() => storage, keyFor(locale));
  return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<Record<CheckId, Kept>>) : {};
}

/** Keep the results worth reusing (not "unknown": it says nothing about this device). */
export function saveResults(storage: Store, results: readonly CheckResult[], now: number, browser: string, locale: Locale = 'en'): void {
  const saved = read(storage, locale);
  for (const result of results) {
    if (result.status !== 'unknown' && 'saved' in CHECK_RULES[result.id].inWizard) saved[result.id] = keptEntry(result, now, { browser });
  }
  writeKept(() => storage, keyFor(locale), saved);
}

/** The saved results the wizard may reuse now, in this browser. Damaged or stale entries are skipped. */
export function savedResults(storage: Store, now: number, browser: string, locale: Locale = 'en'): CheckResult[] {
  const saved = read(storage, locale);
  return CHECK_IDS.flatMap((id) => {
    const rule = CHECK_RULES[id].inWizard;
    if (!('saved' in rule)) return [];
    const kept = freshResult(saved[id], id, now, rule.saved.maxAgeDays * DAY_MS, rule.saved.sameBrowser ? { browser } : {});
    return kept ? [kept.result] : [];
  });
}
