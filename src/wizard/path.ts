/**
 * The answers so far, in a URL: `?a=when:away,idle-length:long` (question id, answer id, in the
 * order answered). Readable enough for support staff, and free of characters that need escaping.
 * Decoding never throws: anything unexpected is reported as a problem for the page to explain.
 */
import { stepPath } from './steps';
import type { AnswerRecord } from './types';

export const ANSWERS_PARAM = 'a';
/** Far beyond the longest real path; protects against absurd pasted links. */
const MAX_LENGTH = 600;
const PAIR = /^([a-z0-9-]+):([a-z0-9-]+)$/;

export function encodeAnswers(answers: readonly AnswerRecord[]): string {
  return answers.map((a) => `${a.step}:${a.answer}`).join(',');
}

/** The answer records in `raw`, or null when it cannot be read at all. */
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

/** The URL of a state with the answers that led there (a plain static URL when there are none). */
export function stepUrl(id: string, answers: readonly AnswerRecord[] = []): string {
  return answers.length ? `${stepPath(id)}?${ANSWERS_PARAM}=${encodeAnswers(answers)}` : stepPath(id);
}
