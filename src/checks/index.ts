/**
 * The live checks' public API, for any page that runs them (/check/, the wizard). Import it
 * lazily (`await import('../checks')`) where first-paint JavaScript is tight.
 *
 *   const env = browserEnv(window, networkLogFor(window)); // with the network log
 *   const results = await runChecks(env, { onResult: (r) => show(r) });
 *   const report = reportFromResults(results, { now: Date.now(), answers, result });
 *   const link = `${location.origin}/report/#${encodeReport(report)}`;
 *   const text = reportToText(report, { siteName, origin: location.origin, link, results });
 *
 * Pages that run checks render `<ChecksConfig />` (the status API endpoints, from site config).
 */
export { runChecks, runCheck, type RunOptions } from './run';
export { browserEnv, readChecksConfig, type BrowserWindow } from './browser-env';
export { networkLogFor } from './browser-network-log';
export type { Check, CheckContext, CheckEnv, ChecksConfig } from './env';
export type { CheckData, CheckLink, CheckResult, CheckStatus } from './types';
export { CHECK_STATUSES } from './types';
export { reportFromResults, reportToText, STATUS_WORDS } from '../report/build';
export { decodeReport, encodeReport, type DecodeResult, type Report, type ReportV1, type ReportV2 } from '../report/format';
export { UNKNOWN_REASONS, type UnknownReason } from './types';
