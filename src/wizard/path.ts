/**
 * The answers so far, in a URL. A wizard page with answers lives at a path that lists them, in the
 * order answered: `/diagnose/where=computer/when=away/`. Every such path is a static page too, so
 * with JavaScript off, on reload, and in a link pasted into a ticket, the page shows the same
 * question or result, with the same reasons.
 *
 * Older links carried the answers in the query (`/diagnose/result/x/?a=when:away,…`); they are
 * still read. Decoding never throws: anything unexpected is reported for the page to explain.
 */
import { DIAGNOSE_PATH, stepPath } from './steps';
import type { AnswerRecord } from './types';

/** The query parameter of older links. */
export const ANSWERS_PARAM = 'a';
/** Far beyond the longest real path; protects against absurd pasted links. */
const MAX_LENGTH = 600;
const ID = '[a-z0-9-]+';
const PAIR = new RegExp(`^(${ID}):(${ID})$`);
const SEGMENT = new RegExp(`^(${ID})=(${ID})$`);

/** The answers in an older link's `?a=` value, or null when it cannot be read at all. */
export function decodeAnswers(raw: string): AnswerRecord[] | null {
  if (raw.length === 0 || raw.length > MAX_LENGTH) return null;
  const out: AnswerRecord[] = [];
  for (const part of raw.split(',')) {
    const m = PAIR.exec(part);
    if (!m) return null;
    out.push({ step: m[1]!, answer: m[2]! });
  }
  return out;
}

/** `?a=` form of the answers (the report format and older links use it). */
export const encodeAnswers = (answers: readonly AnswerRecord[]): string => answers.map((a) => `${a.step}:${a.answer}`).join(',');

/** The page of some answers: /diagnose/q=a/q=a/. */
export const answersPath = (answers: readonly AnswerRecord[]): string =>
  `${DIAGNOSE_PATH}${answers.map((a) => `${a.step}=${a.answer}/`).join('')}`;

/**
 * Whether a pathname is an answers path, and its answers: null when it is not one (a plain step
 * page or another page), 'unreadable' when it looks like one but is damaged.
 */
export function answersFromPath(pathname: string): AnswerRecord[] | 'unreadable' | null {
  if (!pathname.startsWith(DIAGNOSE_PATH)) return null;
  const rest = pathname.slice(DIAGNOSE_PATH.length);
  if (!rest.includes('=')) return null;
  if (rest.length > MAX_LENGTH) return 'unreadable';
  const parts = rest.split('/');
  if (parts.pop() !== '') return 'unreadable'; // must end with a slash
  const out: AnswerRecord[] = [];
  for (const part of parts) {
    const m = SEGMENT.exec(part);
    if (!m) return 'unreadable';
    out.push({ step: m[1]!, answer: m[2]! });
  }
  return out;
}

/** The URL of a state: the answers that led there, or the state's own page when there are none. */
export function stepUrl(id: string, answers: readonly AnswerRecord[] = []): string {
  return answers.length ? answersPath(answers) : stepPath(id);
}
