/** Which answer, if any, a live check already settled for a question. */
import type { CheckResult } from '../checks/types';
import type { CheckResults, DetectRule, QuestionMeta } from './types';

export interface Detection {
  readonly rule: DetectRule;
  readonly result: CheckResult;
}

/** The first rule whose check has reported one of its statuses ("unknown" never settles anything). */
export function detectedAnswer(meta: QuestionMeta, checks: CheckResults): Detection | undefined {
  for (const rule of meta.detect ?? []) {
    const result = checks[rule.check];
    if (result && result.status !== 'unknown' && rule.statuses.includes(result.status)) return { rule, result };
  }
  return undefined;
}
