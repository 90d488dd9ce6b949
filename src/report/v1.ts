/**
 * Report link format v1, frozen: only read, never written any more (new links are v2, ./v2.ts).
 * Links in support tickets were made with it, so it must decode them exactly as it did when they
 * were made; test/fixtures/report-links-v1.ts holds such links with what they decode to.
 *
 *   `1.<base64url(JSON)>.<checksum>`
 *   JSON: {"t": seconds since 1970, "s": one status letter per V1_CHECK_IDS entry (o ok,
 *   w warning, p problem, u unknown, - not run), "k"?: clock skew s, "b"?: [browser, version, os],
 *   "a"?: {question: answer}, "x"?: wizard result}
 */
import type { CheckId } from '../config/checks';
import type { CheckStatus } from '../checks/types';
import { invalidCommon, isPlainObject, optionalFromWire, type ReportCommon } from './wire';

/**
 * The check order v1 links were written in: v1 is positional, so this list is part of the format
 * and never changes, whatever happens to CHECK_IDS (a check removed from the site would still be
 * read here; the type check fails first, so someone decides what old links then show).
 */
const V1_CHECK_IDS: readonly CheckId[] = [
  'cookies',
  'storage',
  'private-mode',
  'clock',
  'network',
  'blockers',
  'browser',
  'service-status',
  'persistence',
];

export interface ReportV1 extends ReportCommon {
  readonly version: 1;
  readonly checks: Partial<Record<CheckId, CheckStatus>>;
}

const LETTER_STATUS: Record<string, CheckStatus> = { o: 'ok', w: 'warning', p: 'problem', u: 'unknown' };
const KEYS = ['t', 's', 'k', 'b', 'a', 'x'];

/** The parsed JSON of a v1 link as a report, or undefined if anything is off (unknown keys included). */
export function reportFromV1(w: unknown): ReportV1 | undefined {
  if (!isPlainObject(w)) return undefined;
  if (!Object.keys(w).every((key) => KEYS.includes(key))) return undefined;
  const { t, s } = w;
  if (typeof t !== 'number' || typeof s !== 'string' || s.length !== V1_CHECK_IDS.length || !/^[owpu-]+$/.test(s)) return undefined;
  const checks: Partial<Record<CheckId, CheckStatus>> = {};
  V1_CHECK_IDS.forEach((id, i) => {
    const status = LETTER_STATUS[s[i]!];
    if (status) checks[id] = status;
  });
  const optional = optionalFromWire(w);
  if (!optional) return undefined;
  const report: ReportV1 = {
    version: 1,
    createdAt: t * 1000,
    checks,
    ...optional,
  };
  return Object.keys(checks).length === 0 || invalidCommon(report) ? undefined : report;
}
