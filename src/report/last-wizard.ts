/**
 * Reading the wizard's latest answers and result saved on this device (src/wizard/last-result.ts
 * writes them), for a report made on /check/.
 */
import { LAST_WIZARD_KEY, type StoredLastWizard } from '../wizard/last-result';
import { isReportId } from './report-id';

export interface LastWizard {
  /** question id → answer id */
  readonly answers: Readonly<Record<string, string>>;
  /** The result id shown. */
  readonly result: string;
  /** When it was shown (ms). */
  readonly at: number;
}

/** The saved answers and result, if younger than `maxAgeMs`; damaged, foreign or blocked storage gives none. */
export function readLastWizard(storage: () => Pick<Storage, 'getItem'>, now: number, maxAgeMs: number): LastWizard | undefined {
  try {
    const v = JSON.parse(storage().getItem(LAST_WIZARD_KEY) ?? 'null') as Partial<Record<keyof StoredLastWizard, unknown>> | null;
    if (typeof v !== 'object' || v === null || typeof v.at !== 'number' || !isReportId(v.result) || !Array.isArray(v.answers))
      return undefined;
    if (now - v.at < 0 || now - v.at > maxAgeMs) return undefined;
    const answers: Record<string, string> = {};
    for (const a of v.answers as unknown[]) {
      const { step, answer } = (a ?? {}) as Record<string, unknown>;
      if (isReportId(step) && isReportId(answer)) answers[step] = answer;
    }
    return Object.keys(answers).length ? { answers, result: v.result, at: v.at } : undefined;
  } catch {
    return undefined;
  }
}
