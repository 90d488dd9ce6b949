/** Making a report from check results, and writing it out as plain text for a ticket. */
import { causeUrl, FIX_ANCHOR } from '../lib/urls';
import type { CauseSlug } from '../config/causes';
import { CHECK_IDS, CHECK_INFO, type CheckId } from '../config/checks';
import type { CheckResult, CheckStatus } from '../checks/types';
import { isBrowserText, isReportId, type Report, type ReportBrowser } from './format';

export const STATUS_WORDS: Record<CheckStatus, string> = { ok: 'OK', warning: 'Warning', problem: 'Problem', unknown: 'Unknown' };

/** Squeeze a free-form browser string into the report's safe character set. */
function browserText(value: string | undefined, fallback: string): string {
  const cleaned = (value ?? '').replace(/[^A-Za-z0-9 ._()+/-]/g, '').trim().slice(0, 40);
  return isBrowserText(cleaned) ? cleaned : fallback;
}

export interface ReportExtras {
  /** Now, in ms (rounded down to the second). */
  readonly now: number;
  /** Wizard answers as ids; entries that are not ids are dropped. */
  readonly answers?: Readonly<Record<string, string>>;
  /** Wizard outcome id. */
  readonly result?: string;
}

export function reportFromResults(results: readonly CheckResult[], extras: ReportExtras): Report {
  const checks: Partial<Record<CheckId, CheckStatus>> = {};
  for (const r of results) checks[r.id] = r.status;
  const skew = results.find((r) => r.id === 'clock')?.data?.skewSeconds;
  const b = results.find((r) => r.id === 'browser')?.data;
  const browser: ReportBrowser | undefined = b?.browserName
    ? { name: browserText(b.browserName, 'Unknown'), version: browserText(b.browserVersion, '?'), os: browserText(b.osName, '?') }
    : undefined;
  const answers = Object.fromEntries(Object.entries(extras.answers ?? {}).filter(([q, a]) => isReportId(q) && isReportId(a)).slice(0, 24));
  return {
    version: 1,
    createdAt: Math.floor(extras.now / 1000) * 1000,
    checks,
    ...(typeof skew === 'number' && Number.isInteger(skew) && Math.abs(skew) <= 315_360_000 ? { clockSkewSeconds: skew } : {}),
    ...(browser ? { browser } : {}),
    ...(Object.keys(answers).length ? { answers } : {}),
    ...(extras.result !== undefined && isReportId(extras.result) ? { result: extras.result } : {}),
  };
}

/** "27 November 2026, 14:05 UTC" */
export function formatReportDate(ms: number): string {
  return `${new Date(ms).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
}

export function skewText(seconds: number): string {
  const abs = Math.abs(seconds);
  const amount = abs < 90 ? `${abs} s` : abs < 5400 ? `${Math.round(abs / 60)} min` : `${Math.round(abs / 3600)} h`;
  return seconds === 0 ? 'same time as the server' : `${amount} ${seconds > 0 ? 'ahead of' : 'behind'} the server`;
}

/** The measured fact shown next to a check's status, where the report carries one. */
export function reportFact(report: Report, id: CheckId): string | undefined {
  if (id === 'clock' && report.clockSkewSeconds !== undefined) return `device clock ${skewText(report.clockSkewSeconds)}`;
  if (id === 'browser' && report.browser) return `${report.browser.name} ${report.browser.version} on ${report.browser.os}`;
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
  /** The share link, added at the end when given. */
  readonly link?: string;
  /** Local results (on /check/): their one-line summaries are added. A decoded link has none. */
  readonly results?: readonly CheckResult[];
}

export function reportToText(report: Report, options: TextOptions): string {
  const lines = [`${options.siteName}: diagnostic report`, `Made: ${formatReportDate(report.createdAt)}`];
  if (report.browser) lines.push(`Browser: ${report.browser.name} ${report.browser.version} on ${report.browser.os}`);
  lines.push('', 'Checks:');
  for (const id of CHECK_IDS) {
    const status = report.checks[id];
    if (!status) continue;
    const fact = reportFact(report, id);
    const summary = options.results?.find((r) => r.id === id)?.summary;
    lines.push(`- ${CHECK_INFO[id].label}: ${STATUS_WORDS[status]}${summary ? `. ${summary}` : fact ? ` (${fact})` : ''}`);
    for (const slug of pointsTo(id, status)) {
      lines.push(`  Points to: ${options.causeLabels?.[slug] ?? slug}, ${new URL(causeUrl(slug, FIX_ANCHOR), options.origin).href}`);
    }
  }
  if (report.answers) {
    lines.push('', 'Wizard answers:');
    for (const [q, a] of Object.entries(report.answers)) lines.push(`- ${q}: ${a}`);
  }
  if (report.result) lines.push('', `Wizard result: ${report.result}`);
  if (options.link) lines.push('', `Report link: ${options.link}`);
  return `${lines.join('\n')}\n`;
}
