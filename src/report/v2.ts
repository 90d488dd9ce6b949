/**
 * Report link format v2, what new links use. Keyed by check id rather than by position, so a
 * check added to the site needs no v3 (an older page refuses an id it does not know, as with any
 * unknown key), and an "unknown" carries why.
 *
 *   `2.<base64url(JSON)>.<checksum>`
 *   JSON: {"t": seconds since 1970, "c": {check id: status}, "k"?: clock skew s,
 *   "b"?: [browser, version, os], "a"?: {question: answer}, "x"?: wizard result}
 *   status: "o" ok, "w" warning, "p" problem, "u" unknown, or "u:<reason>" (an UnknownReason
 *   from src/checks/types.ts). Checks not run are left out; "c" may be empty only when the
 *   report has wizard answers or a result (a wizard whose checks could not run).
 *
 * Frozen like v1 by test/fixtures/report-links-v2.ts: a change that alters how a saved link
 * decodes is a v3, added beside this one.
 */
import { CHECK_IDS, type CheckId } from '../config/checks';
import type { CheckStatus, UnknownReason } from '../checks/types';
import { invalidCommon, isPlainObject, optionalFromWire, type ReportCommon } from './wire';

export interface ReportV2 extends ReportCommon {
  readonly version: 2;
  readonly checks: Partial<Record<CheckId, CheckStatus>>;
  /** Why each "unknown" check could not tell, where it said. */
  readonly reasons?: Partial<Record<CheckId, UnknownReason>>;
}

const STATUS_LETTER: Record<CheckStatus, string> = { ok: 'o', warning: 'w', problem: 'p', unknown: 'u' };
const LETTER_STATUS: Record<string, CheckStatus> = { o: 'ok', w: 'warning', p: 'problem', u: 'unknown' };
const KEYS = ['t', 'c', 'k', 'b', 'a', 'x'];

/**
 * The reasons v2 carries: every UnknownReason (the type check fails when one is added, so v2 takes
 * it on knowingly). Not UNKNOWN_REASONS itself: that would pull the list into the shared chunk
 * the wizard loads first, for code the wizard loads only on a click.
 */
const REASONS: Record<UnknownReason, true> = {
  timeout: true,
  crashed: true,
  blocked: true,
  offline: true,
  'no-answer': true,
  'bad-answer': true,
  'needs-visit': true,
  unsupported: true,
};
const isReason = (v: unknown): v is UnknownReason => typeof v === 'string' && Object.hasOwn(REASONS, v);
const isCheckId = (v: string): v is CheckId => (CHECK_IDS as readonly string[]).includes(v);

interface WireV2 {
  t: number;
  c: Record<string, string>;
  k?: number;
  b?: [string, string, string];
  a?: Record<string, string>;
  x?: string;
}

/** Which field is off, if any. */
function invalidV2(report: ReportV2): string | undefined {
  if (report.version !== 2) return 'version';
  const ids = Object.keys(report.checks);
  // No check is fine for a wizard report whose checks could not run, as long as it carries answers or a result.
  if ((ids.length === 0 && !report.answers && report.result === undefined) || !ids.every(isCheckId)) return 'checks';
  if (!Object.values(report.checks).every((s) => typeof s === 'string' && Object.hasOwn(STATUS_LETTER, s))) return 'checks';
  if (report.reasons !== undefined) {
    const reasons = Object.entries(report.reasons);
    if (reasons.length === 0 || !reasons.every(([id, r]) => isCheckId(id) && report.checks[id] === 'unknown' && isReason(r)))
      return 'reasons';
  }
  return invalidCommon(report);
}

/** The JSON text of a v2 link. Throws on a report v2 cannot carry. */
export function v2Json(report: ReportV2): string {
  const bad = invalidV2(report);
  if (bad) throw new Error(`encodeReport: invalid ${bad}`);
  const c: Record<string, string> = {};
  for (const [id, status] of Object.entries(report.checks) as [CheckId, CheckStatus][]) {
    const reason = report.reasons?.[id];
    c[id] = reason ? `u:${reason}` : STATUS_LETTER[status];
  }
  const wire: WireV2 = { t: report.createdAt / 1000, c };
  if (report.clockSkewSeconds !== undefined) wire.k = report.clockSkewSeconds;
  if (report.browser) wire.b = [report.browser.name, report.browser.version, report.browser.os];
  if (report.answers) wire.a = { ...report.answers };
  if (report.result !== undefined) wire.x = report.result;
  return JSON.stringify(wire);
}

/** The parsed JSON of a v2 link as a report, or undefined if anything is off (unknown keys included). */
export function reportFromV2(w: unknown): ReportV2 | undefined {
  if (!isPlainObject(w)) return undefined;
  if (!Object.keys(w).every((key) => KEYS.includes(key))) return undefined;
  const { t, c } = w;
  if (typeof t !== 'number' || !isPlainObject(c)) return undefined;
  const checks: Partial<Record<CheckId, CheckStatus>> = {};
  const reasons: Partial<Record<CheckId, UnknownReason>> = {};
  for (const [id, value] of Object.entries(c)) {
    if (!isCheckId(id) || typeof value !== 'string') return undefined;
    const [letter, reason, ...rest] = value.split(':');
    const status = Object.hasOwn(LETTER_STATUS, letter!) ? LETTER_STATUS[letter!] : undefined;
    if (!status || rest.length) return undefined;
    if (reason !== undefined) {
      if (status !== 'unknown' || !isReason(reason)) return undefined;
      reasons[id] = reason;
    }
    checks[id] = status;
  }
  const optional = optionalFromWire(w);
  if (!optional) return undefined;
  const report: ReportV2 = {
    version: 2,
    createdAt: t * 1000,
    checks,
    ...(Object.keys(reasons).length ? { reasons } : {}),
    ...optional,
  };
  return invalidV2(report) ? undefined : report;
}
