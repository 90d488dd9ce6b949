/**
 * The wizard's shareable report: the answers (as ids), the live check results it received and the
 * result reached, packed into a `/report/#…` link in the checks' versioned report format. Loaded
 * only when the visitor copies the support summary.
 */
import type { CheckResult } from '../checks/types';
import { reportFromResults } from '../report/build';
import { encodeReport } from '../report/format';
import type { AnswerRecord, CheckResults } from '../wizard/types';

export function wizardReportLink(
  origin: string,
  answers: readonly AnswerRecord[],
  checks: CheckResults,
  result: string | undefined,
  now: number,
): string {
  const ran = Object.values(checks).filter((r): r is CheckResult => Boolean(r));
  const report = reportFromResults(ran, {
    now,
    answers: Object.fromEntries(answers.map((a) => [a.step, a.answer])),
    ...(result ? { result } : {}),
  });
  return `${origin}/report/#${encodeReport(report)}`;
}
