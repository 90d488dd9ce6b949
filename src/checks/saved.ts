/**
 * Check results kept on this device, so the wizard can use what /check/ found earlier (the
 * restart test, the browser version) without running those checks again. Stored in localStorage
 * with the time and the browser they were found in; nothing leaves the device.
 */
import { CHECK_IDS, CHECK_RULES, type CheckId } from '../config/check-rules';
import { isCheckResult } from '../wizard/check-events';
import type { CheckResult } from './types';

const KEY = 'shc.check-results.v1';
const DAY_MS = 86_400_000;

interface Saved {
  readonly at: number;
  readonly browser: string;
  readonly result: CheckResult;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function read(storage: Store): Partial<Record<CheckId, Saved>> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<Record<CheckId, Saved>>) : {};
  } catch {
    return {}; // Blocked storage or damaged data: nothing saved.
  }
}

/** Keep the results worth reusing (not "unknown": it says nothing about this device). */
export function saveResults(storage: Store, results: readonly CheckResult[], now: number, browser: string): void {
  const saved = read(storage);
  for (const result of results) {
    if (result.status !== 'unknown' && 'saved' in CHECK_RULES[result.id].inWizard) saved[result.id] = { at: now, browser, result };
  }
  try {
    storage.setItem(KEY, JSON.stringify(saved));
  } catch {
    // Storage is blocked or full: the wizard asks instead.
  }
}

/** The saved results the wizard may reuse now, in this browser. Damaged or stale entries are skipped. */
export function savedResults(storage: Store, now: number, browser: string): CheckResult[] {
  const saved = read(storage);
  return CHECK_IDS.flatMap((id) => {
    const rule = CHECK_RULES[id].inWizard;
    const entry = saved[id];
    if (!('saved' in rule) || !entry || typeof entry.at !== 'number' || !isCheckResult(entry.result) || entry.result.id !== id) return [];
    const fresh = now - entry.at >= 0 && now - entry.at <= rule.saved.maxAgeDays * DAY_MS;
    return fresh && (!rule.saved.sameBrowser || entry.browser === browser) ? [entry.result] : [];
  });
}
