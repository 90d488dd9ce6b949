/**
 * The shareable diagnostic report and its link format.
 *
 * A report holds only structured facts: which checks gave which status, the clock difference,
 * the browser, and the wizard's answers as ids. No free text travels in a link, so a forged link
 * cannot make this site display someone else's sentences; /report/ writes every word itself.
 *
 * Link format v1 (the part after `/report/#`):  `1.<base64url(JSON)>.<checksum>`
 *   JSON: {"t": seconds since 1970, "s": one status letter per CHECK_IDS entry (o ok, w warning,
 *   p problem, u unknown, - not run), "k"?: clock skew s, "b"?: [browser, version, os],
 *   "a"?: {question: answer}, "x"?: wizard result}
 *   checksum: FNV-1a 32-bit of the JSON, base 36 (catches links cut short or mistyped).
 * The order of CHECK_IDS is part of v1: adding a check means a v2.
 */
import { CHECK_IDS, type CheckId } from '../config/checks';
import type { CheckStatus } from '../checks/types';

export const REPORT_VERSION = 1;
/** Longest link fragment we will even try to read. A full v1 report is well under 1,500. */
export const MAX_REPORT_CHARS = 2500;

export interface ReportBrowser {
  readonly name: string;
  readonly version: string;
  readonly os: string;
}

export interface Report {
  readonly version: 1;
  /** When it was made, by the clock of the device that made it (ms, whole seconds). */
  readonly createdAt: number;
  readonly checks: Partial<Record<CheckId, CheckStatus>>;
  readonly clockSkewSeconds?: number;
  readonly browser?: ReportBrowser;
  /** Wizard answers: question id → answer id (ids only, never free text). */
  readonly answers?: Readonly<Record<string, string>>;
  /** Wizard outcome id. */
  readonly result?: string;
}

export type ReportError = 'empty' | 'too-long' | 'damaged' | 'future-version' | 'invalid';

export type DecodeResult = { ok: true; report: Report } | { ok: false; error: ReportError; message: string };

export const REPORT_ERRORS: Record<ReportError, string> = {
  empty: 'This link has no report in it.',
  'too-long': 'This link is far longer than any report, so it was not read.',
  damaged:
    'This report link is damaged: part of it is missing or was changed, so it cannot be shown. Ask for the link again and copy it whole.',
  'future-version':
    'This report was made by a newer version of this site and cannot be read here. Reload this page; if it still says this, ask for a new link.',
  invalid: 'This link does not hold a report made by this site, so nothing from it is shown.',
};

const STATUS_LETTER: Record<CheckStatus, string> = { ok: 'o', warning: 'w', problem: 'p', unknown: 'u' };
const LETTER_STATUS: Record<string, CheckStatus> = { o: 'ok', w: 'warning', p: 'problem', u: 'unknown' };

const ID = /^[a-z0-9][a-z0-9-]{0,47}$/;
const BROWSER_TEXT = /^[A-Za-z0-9 ._()+/-]{1,40}$/;
const MAX_ANSWERS = 24;
const MIN_TIME_S = Date.UTC(2024, 0, 1) / 1000;
const MAX_TIME_S = Date.UTC(2100, 0, 1) / 1000;
const MAX_SKEW_S = 10 * 365 * 86_400;

export const isReportId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
export const isBrowserText = (v: unknown): v is string => typeof v === 'string' && BROWSER_TEXT.test(v);

/** FNV-1a, 32 bit: a checksum against accidents, not a signature (a static site holds no secret). */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const toBase64Url = (ascii: string): string => btoa(ascii).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
}

interface Wire {
  t: number;
  s: string;
  k?: number;
  b?: [string, string, string];
  a?: Record<string, string>;
  x?: string;
}

function invalidReport(report: Report): string | undefined {
  if (report.version !== REPORT_VERSION) return 'version';
  const t = report.createdAt / 1000;
  if (!Number.isInteger(t) || t < MIN_TIME_S || t > MAX_TIME_S) return 'createdAt';
  const ids = Object.keys(report.checks);
  if (ids.length === 0 || !ids.every((id) => (CHECK_IDS as readonly string[]).includes(id))) return 'checks';
  if (!Object.values(report.checks).every((s) => typeof s === 'string' && s in STATUS_LETTER)) return 'checks';
  const k = report.clockSkewSeconds;
  if (k !== undefined && (!Number.isInteger(k) || Math.abs(k) > MAX_SKEW_S)) return 'clockSkewSeconds';
  const b = report.browser;
  if (b !== undefined && !(isBrowserText(b.name) && isBrowserText(b.version) && isBrowserText(b.os))) return 'browser';
  const a = report.answers;
  if (a !== undefined) {
    const entries = Object.entries(a);
    if (entries.length === 0 || entries.length > MAX_ANSWERS || !entries.every(([q, v]) => isReportId(q) && isReportId(v))) return 'answers';
  }
  if (report.result !== undefined && !isReportId(report.result)) return 'result';
  return undefined;
}

/** The link fragment for a report (without "#"). Throws on a report this format cannot carry. */
export function encodeReport(report: Report): string {
  const bad = invalidReport(report);
  if (bad) throw new Error(`encodeReport: invalid ${bad}`);
  const wire: Wire = {
    t: report.createdAt / 1000,
    s: CHECK_IDS.map((id) => {
      const s = report.checks[id];
      return s ? STATUS_LETTER[s] : '-';
    }).join(''),
  };
  if (report.clockSkewSeconds !== undefined) wire.k = report.clockSkewSeconds;
  if (report.browser) wire.b = [report.browser.name, report.browser.version, report.browser.os];
  if (report.answers) wire.a = { ...report.answers };
  if (report.result !== undefined) wire.x = report.result;
  const json = JSON.stringify(wire);
  return `${REPORT_VERSION}.${toBase64Url(json)}.${checksum(json)}`;
}

const fail = (error: ReportError): DecodeResult => ({ ok: false, error, message: REPORT_ERRORS[error] });

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Turn the parsed JSON into a Report, or undefined if anything is off (unknown keys included). */
function fromWire(w: unknown): Report | undefined {
  if (!isPlainObject(w)) return undefined;
  if (!Object.keys(w).every((key) => ['t', 's', 'k', 'b', 'a', 'x'].includes(key))) return undefined;
  const { t, s, k, b, a, x } = w;
  if (typeof t !== 'number' || typeof s !== 'string' || s.length !== CHECK_IDS.length || !/^[owpu-]+$/.test(s)) return undefined;
  const checks: Partial<Record<CheckId, CheckStatus>> = {};
  CHECK_IDS.forEach((id, i) => {
    const status = LETTER_STATUS[s[i]!];
    if (status) checks[id] = status;
  });
  let browser: ReportBrowser | undefined;
  if (b !== undefined) {
    if (!Array.isArray(b) || b.length !== 3) return undefined;
    const [name, version, os] = b as unknown[];
    if (!isBrowserText(name) || !isBrowserText(version) || !isBrowserText(os)) return undefined;
    browser = { name, version, os };
  }
  if (k !== undefined && typeof k !== 'number') return undefined;
  if (a !== undefined && !isPlainObject(a)) return undefined;
  if (x !== undefined && typeof x !== 'string') return undefined;
  const report: Report = {
    version: 1,
    createdAt: t * 1000,
    checks,
    ...(k !== undefined ? { clockSkewSeconds: k } : {}),
    ...(browser ? { browser } : {}),
    ...(a !== undefined ? { answers: a as Record<string, string> } : {}),
    ...(x !== undefined ? { result: x } : {}),
  };
  return invalidReport(report) ? undefined : report;
}

/**
 * Read a report link fragment (with or without "#"). Strict: anything but a well-formed,
 * intact, current-version report is refused with a plain message. Only JSON.parse ever touches
 * the content; nothing in it is executed or inserted as HTML.
 */
export function decodeReport(fragment: string): DecodeResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.trim() === '') return fail('empty');
  if (text.length > MAX_REPORT_CHARS) return fail('too-long');
  const version = /^(\d{1,6})\./.exec(text)?.[1];
  if (version === undefined) return fail('damaged');
  if (Number(version) > REPORT_VERSION) return fail('future-version');
  if (Number(version) !== REPORT_VERSION) return fail('damaged');
  const parts = text.split('.');
  if (parts.length !== 3) return fail('damaged');
  const json = fromBase64Url(parts[1]!);
  if (json === undefined || checksum(json) !== parts[2]) return fail('damaged');
  let wire: unknown;
  try {
    wire = JSON.parse(json);
  } catch {
    return fail('invalid');
  }
  const report = fromWire(wire);
  return report ? { ok: true, report } : fail('invalid');
}
