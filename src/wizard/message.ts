/** Match a pasted message against the known wordings in the first question's answers. */
import type { QuestionMeta } from './types';

/** Lower case, straight quotes, single spaces: pasted text comes with all sorts of punctuation. */
export const normaliseMessage = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The id of the first answer with a pattern that matches, or undefined. */
export function matchMessage(meta: QuestionMeta, text: string): string | undefined {
  const clean = normaliseMessage(text);
  if (!clean) return undefined;
  return meta.answers.find((a) => a.patterns?.some((p) => new RegExp(p).test(clean)))?.id;
}
