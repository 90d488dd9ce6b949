/**
 * The shareable diagnostic report and its link format.
 *
 * A report holds only structured facts: which checks gave which status (and, for "unknown", why),
 * the clock difference, the browser, and the wizard's answers and result as ids. No free text
 * travels in a link, so a forged link cannot make this site display someone else's sentences;
 * the page that opens a link writes every word itself.
 *
 * A link fragment (the part after `/report/#`) is `<version>.<base64url(JSON)>.<checksum>`;
 * checksum: FNV-1a 32-bit of the JSON, base 36 (catches links cut short or mistyped).
 * - v1 (./v1.ts, read only): statuses as one letter per check, by position in a frozen check list.
 * - v2 (./v2.ts, written now): statuses keyed by check id, with the reason of each "unknown".
 * Every version stays readable forever, frozen by saved links (test/fixtures/report-links-v*.ts);
 * a change to what a link means is a new version beside the others, never an edit of one.
 */
import { reportFromV1, type ReportV1 } from './v1';
import { reportFromV2, v2Json, type ReportV2 } from './v2';
import { checksum, fromBase64Url, toBase64Url } from './wire';

export { checksum, isBrowserText, isReportId, type ReportBrowser } from './wire';
export type { ReportV2 };

/** The version new links are written in. */
export const REPORT_VERSION = 2;
/** Longest link fragment we will even try to read. A full v2 report is well under 1,500. */
export const MAX_REPORT_CHARS = 2500;

export type Report = ReportV1 | ReportV2;

/** Why a link could not be read; the page says it in its own language (src/i18n/report/). */
export type ReportError = 'empty' | 'too-long' | 'damaged' | 'future-version' | 'invalid';

export type DecodeResult = { ok: true; report: Report } | { ok: false; error: ReportError; message: string };

/** In English; a page in another language shows its own words for the error (src/i18n/report/). */
export const REPORT_ERRORS: Readonly<Record<ReportError, string>> = {
  empty: 'This link has no report in it.',
  'too-long': 'This link is far longer than any report, so it was not read.',
  damaged:
    'This report link is damaged: part of it is missing or was changed, so it cannot be shown. Ask for the link again and copy it whole.',
  'future-version':
    'This report was made by a newer version of this site and cannot be read here. Reload this page; if it still says this, ask for a new link.',
  invalid: 'This link does not hold a report made by this site, so nothing from it is shown.',
};

/** Each version's reader: parsed JSON in, a report or undefined out. */
const READERS: Record<number, (wire: unknown) => Report | undefined> = { 1: reportFromV1, 2: reportFromV2 };

/** The link fragment for a report (without "#"), in the current version. Throws on a report it cannot carry. */
export function encodeReport(report: ReportV2): string {
  const json = v2Json(report);
  return `${REPORT_VERSION}.${toBase64Url(json)}.${checksum(json)}`;
}

const fail = (error: ReportError): DecodeResult => ({ ok: false, error, message: REPORT_ERRORS[error] });

/**
 * Read a report link fragment (with or without "#"), in any version this site ever wrote.
 * Strict: anything but a well-formed, intact report is refused with a plain message. Only
 * JSON.parse ever touches the content; nothing in it is executed or inserted as HTML.
 */
export function decodeReport(fragment: string): DecodeResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.trim() === '') return fail('empty');
  if (text.length > MAX_REPORT_CHARS) return fail('too-long');
  const version = /^(\d{1,6})\./.exec(text)?.[1];
  if (version === undefined) return fail('damaged');
  if (Number(version) > REPORT_VERSION) return fail('future-version');
  const read = Object.hasOwn(READERS, Number(version)) ? READERS[Number(version)] : undefined;
  if (!read) return fail('damaged');
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
  const report = read(wire);
  return report ? { ok: true, report } : fail('invalid');
}
