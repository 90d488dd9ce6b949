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
import { statusWords } from '../report/in-words';
import type { ReportText } from '../i18n/report/en';
import { localizedPath } from '../common/locale-path';
import type { Locale } from '../config/locales';
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

/** The report's words of one language, each its own chunk: the summary loads only the page's. */
const REPORT_TEXT: Readonly<Record<Locale, () => Promise<ReportText>>> = {
  en: async () => (await import('../i18n/report/en')).en,
  es: async () => (await import('../i18n/report/es')).es,
  ja: async () => (await import('../i18n/report/ja')).ja,
};

/**
 * A check's status in words for the support summary, in `locale`, from the report's one table of
 * statuses and reasons (kept out of the result's own code: see src/wizard/explain.ts).
 */
export async function checkStatusWords(locale: Locale): Promise<(r: CheckResult) => string> {
  const t = await REPORT_TEXT[locale]();
  return (r) => statusWords(r.status, r.data?.reason, t);
}

/** The report link, on the report page of the wizard's language (the link itself carries ids only). */
export function wizardReportLink(
  locale: Locale,
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
  return `${origin}${localizedPath(locale, '/report/')}#${encodeReport(report)}`;
}
