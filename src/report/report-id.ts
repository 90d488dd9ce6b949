/**
 * The one rule for ids a report carries (question, answer and result ids). Its own module so a page
 * that only reads saved answers (/check/ at load) does not load the whole report format.
 * Frozen with the report versions that use it (src/report/wire.ts).
 */
const ID = /^[a-z0-9][a-z0-9-]{0,47}$/;

export const isReportId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
