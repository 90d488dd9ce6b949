/** Making a report from check results, and writing it out as plain text for a ticket. */
import { utcDateTimeWords } from '../common/time-words';
import { causeUrl } from '../common/urls';
import { localizedPath } from '../common/locale-path';
import { DEFAULT_LOCALE, type Locale } from '../config/locales';
import { en as EN, type ReportText } from '../i18n/report/en';
import { fill } from '../common/fill';
import { browserLine, pointsTo, reportFact, reportStatusWords, unknownAnswersWords } from './in-words';
import { FIX_SECTION } from '../config/article-sections';
import type { CauseSlug } from '../config/causes';
import { CHECK_IDS, CHECK_INFO, type CheckId } from '../config/checks';
import type { CheckResult, CheckStatus, UnknownReason } from '../checks/types';
import { isBrowserText, isReportId, type Report, type ReportBrowser, type ReportV2 } from './format';
import { MAX_ANSWERS, MAX_SKEW_S } from './wire';
import { answersInWords, NO_WORDS, resultInWords, type ReportWords } from './words';

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

/** Said for a report with no check results (a wizard whose checks could not run), in English. */
export const NO_CHECKS = EN.noChecks;

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
  /** The report's words (src/i18n/report/); English by default. */
  readonly text?: ReportText;
  /** The language of the text: its dates, and its links to that language's pages. */
  readonly locale?: Locale;
  /** Check names in that language (id → label); the English names by default. */
  readonly checkLabels?: Readonly<Record<CheckId, string>>;
}

export function reportToText(report: Report, options: TextOptions): string {
  const words = options.words ?? NO_WORDS;
  const t = options.text ?? EN;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const label = (id: CheckId) => options.checkLabels?.[id] ?? CHECK_INFO[id].label;
  const lines = [fill(t.text.title, { site: options.siteName }), fill(t.text.made, { date: utcDateTimeWords(report.createdAt, locale) })];
  if (report.browser) lines.push(fill(t.browser, { browser: browserLine(report.browser, t) }));
  lines.push('', t.text.checks);
  if (Object.keys(report.checks).length === 0) lines.push(`- ${t.noChecks}`);
  for (const id of CHECK_IDS) {
    const status = report.checks[id];
    if (!status) continue;
    const fact = reportFact(report, id, t);
    const summary = options.results?.find((r) => r.id === id)?.summary;
    const after = summary ? `. ${summary}` : fact ? fill(t.fact, { fact }) : '';
    lines.push(`- ${label(id)}${t.nameSeparator}${reportStatusWords(report, id, status, t)}${after}`);
    for (const slug of pointsTo(id, status)) {
      const url = new URL(localizedPath(locale, causeUrl(slug, FIX_SECTION)), options.origin).href;
      lines.push(fill(t.text.pointsTo, { cause: options.causeLabels?.[slug] ?? slug, url }));
    }
  }
  if (report.answers) {
    const { shown, unknown } = answersInWords(report.answers, words);
    lines.push('', t.text.wizardAnswers);
    for (const a of shown) lines.push(`- ${a.question} ${a.answer}`);
    if (unknown) lines.push(`- ${unknownAnswersWords(unknown, t)}`);
  }
  if (report.result) lines.push('', fill(t.text.wizardResult, { result: resultInWords(report.result, words) ?? t.unknownResult }));
  if (options.link) lines.push('', fill(t.text.link, { link: options.link }));
  return `${lines.join('\n')}\n`;
}
