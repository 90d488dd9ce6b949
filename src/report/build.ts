/** Making a report from check results, and writing it out as plain text for a ticket. */
import { utcDateTimeWords } from '../common/time-words';
import { causeUrl } from '../common/urls';
import { FIX_SECTION } from '../config/article-sections';
import type { CauseSlug } from '../config/causes';
import { CHECK_IDS, CHECK_INFO, type CheckId } from '../config/checks';
import type { CheckResult, CheckStatus, UnknownReason } from '../checks/types';
import { isBrowserText, isReportId, type Report, type ReportBrowser, type ReportV2 } from './format';
import { MAX_ANSWERS, MAX_SKEW_S } from './wire';
import { statusInWords } from './reason-words';
import { answersInWords, NO_WORDS, resultInWords, UNKNOWN_WORDS, type ReportWords } from './words';

/** Squeeze a free-form browser string into the report's safe character set. */
function browserText(value: string | undefined, fallback: string): string {
  const cleaned = (value ?? '')
    .replace(/[^A-Za-z0-9 ._()+/-]/g, '')
    .trim()
    .slice(0, 40);
  return isBrowserText(cleaned) ? cleaned : fallback;
}

/** The report's browser from what bowser found (the browser check's data, or a parse at copy time). */
export function reportBrowser(
  data:
    | { readonly browserName?: string | undefined; readonly browserVersion?: string | undefined; readonly osName?: string | undefined }
    | undefined,
): ReportBrowser | undefined {
  return data?.browserName
    ? { name: browserText(data.browserName, 'Unknown'), version: browserText(data.browserVersion, '?'), os: browserText(data.osName, '?') }
    : undefined;
}

export interface ReportExtras {
  /** Now, in ms (rounded down to the second). */
  readonly now: number;
  /** Wizard answers as ids; entries that are not ids are dropped. */
  readonly answers?: Readonly<Record<string, string>>;
  /** Wizard outcome id. */
  readonly result?: string;
  /** The browser, where no browser check ran (the wizard parses the user agent at copy time). */
  readonly browser?: ReportBrowser;
}

export function reportFromResults(results: readonly CheckResult[], extras: ReportExtras): ReportV2 {
  const checks: Partial<Record<CheckId, CheckStatus>> = {};
  const reasons: Partial<Record<CheckId, UnknownReason>> = {};
  for (const r of results) {
    checks[r.id] = r.status;
    if (r.status === 'unknown' && r.data?.reason) reasons[r.id] = r.data.reason;
  }
  const skew = results.find((r) => r.id === 'clock')?.data?.skewSeconds;
  const browser = reportBrowser(results.find((r) => r.id === 'browser')?.data) ?? extras.browser;
  const answers = Object.fromEntries(
    Object.entries(extras.answers ?? {})
      .filter(([q, a]) => isReportId(q) && isReportId(a))
      .slice(0, MAX_ANSWERS),
  );
  return {
    version: 2,
    createdAt: Math.floor(extras.now / 1000) * 1000,
    checks,
    ...(Object.keys(reasons).length ? { reasons } : {}),
    ...(typeof skew === 'number' && Number.isInteger(skew) && Math.abs(skew) <= MAX_SKEW_S ? { clockSkewSeconds: skew } : {}),
    ...(browser && isBrowserText(browser.name) && isBrowserText(browser.version) && isBrowserText(browser.os) ? { browser } : {}),
    ...(Object.keys(answers).length ? { answers } : {}),
    ...(extras.result !== undefined && isReportId(extras.result) ? { result: extras.result } : {}),
  };
}

/** Said for a report with no check results (a wizard whose checks could not run). */
export const NO_CHECKS = 'None ran in this browser.';

/** Why an "unknown" check could not tell, where the report says (v1 links never do). */
const reasonIn = (report: Report, id: CheckId): UnknownReason | undefined => (report.version === 2 ? report.reasons?.[id] : undefined);

/** "Unknown (timed out)", "Problem": a check's status in a report, in words. */
export const reportStatusWords = (report: Report, id: CheckId, status: CheckStatus): string => statusInWords(status, reasonIn(report, id));

function skewText(seconds: number): string {
  const abs = Math.abs(seconds);
  const amount = abs < 90 ? `${abs} s` : abs < 5400 ? `${Math.round(abs / 60)} min` : `${Math.round(abs / 3600)} h`;
  return seconds === 0 ? 'same time as the server' : `${amount} ${seconds > 0 ? 'ahead of' : 'behind'} the server`;
}

/** "Chrome 156.0.0.0 on Linux" */
export const browserLine = (b: ReportBrowser): string => `${b.name} ${b.version} on ${b.os}`;

/** The measured fact shown next to a check's status, where the report carries one. */
export function reportFact(report: Report, id: CheckId): string | undefined {
  if (id === 'clock' && report.clockSkewSeconds !== undefined) return `device clock ${skewText(report.clockSkewSeconds)}`;
  if (id === 'browser' && report.browser) return browserLine(report.browser);
  return undefined;
}

/** Causes a check's status points to: only warnings and problems point anywhere. */
export const pointsTo = (id: CheckId, status: CheckStatus): readonly CauseSlug[] =>
  status === 'warning' || status === 'problem' ? CHECK_INFO[id].causes : [];

export interface TextOptions {
  readonly siteName: string;
  /** Site origin, for absolute links in the text. */
  readonly origin: string;
  /** Cause labels (slug → short name); the slug is used where one is missing. */
  readonly causeLabels?: Partial<Record<CauseSlug, string>>;
  /** The wizard's words for answers and result (./words.ts); without them, answers are only counted. */
  readonly words?: ReportWords;
  /** The share link, added at the end when given. */
  readonly link?: string;
  /** Local results (on /check/): their one-line summaries are added. A decoded link has none. */
  readonly results?: readonly CheckResult[];
}

export function reportToText(report: Report, options: TextOptions): string {
  const words = options.words ?? NO_WORDS;
  const lines = [`${options.siteName}: diagnostic report`, `Made: ${utcDateTimeWords(report.createdAt)}`];
  if (report.browser) lines.push(`Browser: ${browserLine(report.browser)}`);
  lines.push('', 'Checks:');
  if (Object.keys(report.checks).length === 0) lines.push(`- ${NO_CHECKS}`);
  for (const id of CHECK_IDS) {
    const status = report.checks[id];
    if (!status) continue;
    const fact = reportFact(report, id);
    const summary = options.results?.find((r) => r.id === id)?.summary;
    lines.push(`- ${CHECK_INFO[id].label}: ${reportStatusWords(report, id, status)}${summary ? `. ${summary}` : fact ? ` (${fact})` : ''}`);
    for (const slug of pointsTo(id, status)) {
      lines.push(`  Points to: ${options.causeLabels?.[slug] ?? slug}, ${new URL(causeUrl(slug, FIX_SECTION), options.origin).href}`);
    }
  }
  if (report.answers) {
    const { shown, unknown } = answersInWords(report.answers, words);
    lines.push('', 'Wizard answers:');
    for (const a of shown) lines.push(`- ${a.question} ${a.answer}`);
    if (unknown) lines.push(`- ${UNKNOWN_WORDS.answers(unknown)}`);
  }
  if (report.result) lines.push('', `Wizard result: ${resultInWords(report.result, words) ?? UNKNOWN_WORDS.result}`);
  if (options.link) lines.push('', `Report link: ${options.link}`);
  return `${lines.join('\n')}\n`;
}
