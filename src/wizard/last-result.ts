/**
 * The visitor's latest wizard answers and result, kept on this device so a report made later on
 * /check/ can include them (ids only, as in a report link; nothing leaves the device). The wizard
 * writes them when it shows a result; /check/ reads them while they are fresh.
 */
import { isReportId } from '../report/wire';

const KEY = 'shc.wizard-last.v1';

export interface LastWizard {
  /** question id → answer id */
  readonly answers: Readonly<Record<string, string>>;
  /** The result id shown. */
  readonly result: string;
  /** When it was shown (ms). */
  readonly at: number;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** Eager wizard code: kept tiny. Storage blocked or full: nothing is kept, and /check/ simply leaves the answers out. */
export function saveLastWizard(storage: () => Store, value: LastWizard): void {
  try {
    storage().setItem(KEY, JSON.stringify(value));
  } catch {
    // see above
  }
}

/** The saved answers and result, if younger than `maxAgeMs`; damaged, foreign or blocked storage gives none. */
export function readLastWizard(storage: () => Store, now: number, maxAgeMs: number): LastWizard | undefined {
  try {
    const v = JSON.parse(storage().getItem(KEY) ?? 'null') as Partial<LastWizard> | null;
    if (typeof v !== 'object' || v === null || typeof v.at !== 'number' || !isReportId(v.result)) return undefined;
    if (now - v.at < 0 || now - v.at > maxAgeMs) return undefined;
    const a: unknown = v.answers;
    if (typeof a !== 'object' || a === null || Array.isArray(a)) return undefined;
    const answers = Object.fromEntries(Object.entries(a).filter(([q, x]) => isReportId(q) && isReportId(x)));
    return { answers, result: v.result, at: v.at };
  } catch {
    return undefined;
  }
}
