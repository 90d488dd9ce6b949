/**
 * What every report link version shares: the checksum, base64url, and the checks on ids, browser
 * text, times and clock skew. Changing any of these changes how saved links decode, so they are
 * frozen with the versions that use them (test/fixtures/report-links-v*.ts).
 */
import { isReportId } from './report-id';

export { isReportId };
const BROWSER_TEXT = /^[A-Za-z0-9 ._()+/-]{1,40}$/;
export const MAX_ANSWERS = 24;
const MIN_TIME_S = Date.UTC(2024, 0, 1) / 1000;
const MAX_TIME_S = Date.UTC(2100, 0, 1) / 1000;
export const MAX_SKEW_S = 10 * 365 * 86_400;

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

export const toBase64Url = (ascii: string): string => btoa(ascii).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

export interface ReportBrowser {
  readonly name: string;
  readonly version: string;
  readonly os: string;
}

/** The fields both versions carry besides the checks, checked the same way. */
export interface ReportCommon {
  /** When it was made, by the clock of the device that made it (ms, whole seconds). */
  readonly createdAt: number;
  readonly clockSkewSeconds?: number;
  readonly browser?: ReportBrowser;
  /** Wizard answers: question id → answer id (ids only, never free text). */
  readonly answers?: Readonly<Record<string, string>>;
  /** Wizard outcome id. */
  readonly result?: string;
}

/** Which common field is off, if any. */
export function invalidCommon(report: ReportCommon): string | undefined {
  const t = report.createdAt / 1000;
  if (!Number.isInteger(t) || t < MIN_TIME_S || t > MAX_TIME_S) return 'createdAt';
  const k = report.clockSkewSeconds;
  if (k !== undefined && (!Number.isInteger(k) || Math.abs(k) > MAX_SKEW_S)) return 'clockSkewSeconds';
  const b = report.browser;
  if (b !== undefined && !(isBrowserText(b.name) && isBrowserText(b.version) && isBrowserText(b.os))) return 'browser';
  const a = report.answers;
  if (a !== undefined) {
    const entries = Object.entries(a);
    if (entries.length === 0 || entries.length > MAX_ANSWERS || !entries.every(([q, v]) => isReportId(q) && isReportId(v)))
      return 'answers';
  }
  if (report.result !== undefined && !isReportId(report.result)) return 'result';
  return undefined;
}

/** The wire's `b` as a browser, or undefined when it is not three safe strings. */
function browserFromWire(b: unknown): ReportBrowser | undefined {
  if (!Array.isArray(b) || b.length !== 3) return undefined;
  const [name, version, os] = b as unknown[];
  return isBrowserText(name) && isBrowserText(version) && isBrowserText(os) ? { name, version, os } : undefined;
}

/** The optional fields every version carries on the wire (`k`, `b`, `a`, `x`), type-checked; undefined when one is off. */
export function optionalFromWire(w: Readonly<Record<string, unknown>>): Omit<ReportCommon, 'createdAt'> | undefined {
  const { k, b, a, x } = w;
  const browser = b === undefined ? undefined : browserFromWire(b);
  if ((b !== undefined && !browser) || (k !== undefined && typeof k !== 'number')) return undefined;
  if ((a !== undefined && !isPlainObject(a)) || (x !== undefined && typeof x !== 'string')) return undefined;
  return {
    ...(k !== undefined ? { clockSkewSeconds: k } : {}),
    ...(browser ? { browser } : {}),
    ...(a !== undefined ? { answers: a as Record<string, string> } : {}),
    ...(x !== undefined ? { result: x } : {}),
  };
}
