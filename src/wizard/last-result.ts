/**
 * The visitor's latest wizard answers and result, kept on this device so a report made later on
 * /check/ can include them (ids only, as in a report link; nothing leaves the device). The wizard
 * writes them when it shows a result; /check/ reads them while fresh (src/report/last-wizard.ts).
 * Eager wizard code, so it is tiny and imports nothing at run time.
 */
import type { AnswerRecord } from './types';

export const LAST_WIZARD_KEY = 'shc.wizard-last.v1';

/** What is stored: the answers as the wizard holds them, the result id, and when (ms). */
export interface StoredLastWizard {
  readonly answers: readonly AnswerRecord[];
  readonly result: string;
  readonly at: number;
}

/** Storage blocked or full: nothing is kept, and /check/ simply leaves the answers out. */
export function saveLastWizard(
  storage: () => Pick<Storage, 'setItem'>,
  answers: readonly AnswerRecord[],
  result: string,
  at: number,
): void {
  try {
    storage().setItem(LAST_WIZARD_KEY, JSON.stringify({ answers, result, at } satisfies StoredLastWizard));
  } catch {
    // see above
  }
}
