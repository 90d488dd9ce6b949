/**
 * The wizard's shareable report: the answers (as ids), the live check results it received, the
 * result reached and the browser, packed into a `/report/#…` link in the checks' versioned report
 * format. Loaded only when the visitor copies the support summary.
 *
 * The wizard does not run the browser check (bowser is ~7.5 KB of its budget). The browser comes
 * from that check's result saved on this device by /check/ while fresh, else from bowser, loaded
 * now, at copy time.
 */
import { browserEnv, type BrowserWindow } from '../checks/browser-env';
import type { BrowserInfo } from '../checks/env';
import { savedResults } from '../checks/saved';
import type { CheckResult } from '../checks/types';
import { reportBrowser, reportFromResults } from '../report/build';
import { statusInWords } from '../report/reason-words';
import { encodeReport, type ReportBrowser } from '../report/format';
import type { AnswerRecord, CheckResults } from '../wizard/types';

/** This browser for the report: the saved /check/ finding if fresh, else a parse of the user agent; none if both fail. */
export async function wizardBrowser(
  win: BrowserWindow,
  now: number,
  parse: (userAgent: string) => Promise<BrowserInfo> = (ua) => browserEnv(win).parseUserAgent(ua),
): Promise<ReportBrowser | undefined> {
  try {
    const saved = savedResults(win.localStorage, now, win.navigator.userAgent).find((r) => r.id === 'browser');
    const found = reportBrowser(saved?.data);
    if (found) return found;
  } catch {
    // Storage blocked: parse instead.
  }
  try {
    const info = await parse(win.navigator.userAgent);
    return reportBrowser({ browserName: info.name, browserVersion: info.version, osName: info.osName });
  } catch {
    return undefined; // bowser could not load (offline?): the report goes without a browser.
  }
}

/** A check's status in words for the support summary, from the one reasons table (kept out of the result's own code: see src/wizard/explain.ts). */
export const checkStatusWords = (r: CheckResult): string => statusInWords(r.status, r.data?.reason);

export function wizardReportLink(
  origin: string,
  answers: readonly AnswerRecord[],
  checks: CheckResults,
  result: string | undefined,
  now: number,
  browser?: ReportBrowser,
): string {
  const ran = Object.values(checks).filter((r): r is CheckResult => Boolean(r));
  const report = reportFromResults(ran, {
    now,
    answers: Object.fromEntries(answers.map((a) => [a.step, a.answer])),
    ...(result ? { result } : {}),
    ...(browser ? { browser } : {}),
  });
  return `${origin}/report/#${encodeReport(report)}`;
}
