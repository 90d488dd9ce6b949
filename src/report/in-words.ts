/**
 * A report's parts in words, in the language of the words given (src/i18n/report/): statuses,
 * the measured facts, the browser, the causes a check points to. Shared by /report/ (which draws
 * them) and the report as text (./build.ts); kept apart from build.ts so /report/ loads the text
 * code only when "Copy report as text" is clicked.
 */
import type { CheckStatus, UnknownReason } from '../checks/types';
import type { CauseSlug } from '../config/causes';
import { CHECK_INFO, type CheckId } from '../config/checks';
import type { ReportText } from '../i18n/report/en';
import { fill } from '../common/fill';
import type { Report, ReportBrowser } from './format';

/** Why an "unknown" check could not tell, where the report says (v1 links never do). */
const reasonIn = (report: Report, id: CheckId): UnknownReason | undefined => (report.version === 2 ? report.reasons?.[id] : undefined);

/** "Unknown (timed out)", "Problem": a status in `t`'s words, with the reason of an unknown where known. */
export const statusWords = (status: CheckStatus, reason: UnknownReason | undefined, t: ReportText): string =>
  status === 'unknown' && reason && Object.hasOwn(t.reasons, reason)
    ? fill(t.statusWithReason, { status: t.status[status], reason: t.reasons[reason] })
    : t.status[status];

/** "Unknown (timed out)", "Problem": a check's status in a report, in words. */
export const reportStatusWords = (report: Report, id: CheckId, status: CheckStatus, t: ReportText): string =>
  statusWords(status, reasonIn(report, id), t);

function skewText(seconds: number, t: ReportText): string {
  const abs = Math.abs(seconds);
  const amount =
    abs < 90
      ? fill(t.skew.seconds, { n: abs })
      : abs < 5400
        ? fill(t.skew.minutes, { n: Math.round(abs / 60) })
        : fill(t.skew.hours, { n: Math.round(abs / 3600) });
  return seconds === 0 ? t.skew.same : fill(seconds > 0 ? t.skew.ahead : t.skew.behind, { amount });
}

/** "Chrome 156.0.0.0 on Linux" */
export const browserLine = (b: ReportBrowser, t: ReportText): string => fill(t.browserLine, { ...b });

/** The measured fact shown next to a check's status, where the report carries one. */
export function reportFact(report: Report, id: CheckId, t: ReportText): string | undefined {
  if (id === 'clock' && report.clockSkewSeconds !== undefined)
    return fill(t.skew.deviceClock, { skew: skewText(report.clockSkewSeconds, t) });
  if (id === 'browser' && report.browser) return browserLine(report.browser, t);
  return undefined;
}

/** "One answer …", "3 answers …": answers a report carries that these words do not know. */
export const unknownAnswersWords = (n: number, t: ReportText): string => (n === 1 ? t.unknownAnswerOne : fill(t.unknownAnswersMany, { n }));

/** Causes a check's status points to: only warnings and problems point anywhere. */
export const pointsTo = (id: CheckId, status: CheckStatus): readonly CauseSlug[] =>
  status === 'warning' || status === 'problem' ? CHECK_INFO[id].causes : [];
