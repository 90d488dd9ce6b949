/**
 * Matching a pasted message against the message catalog, tolerantly: people paste a message
 * with JSON around it, with a Ray ID after it, half of it, in capitals, with a typo, or inside a
 * sentence of their own. Each catalog wording is scored by how much of it (weighted by how rare
 * each word is in the catalog) the paste contains, so "1020" or "interpreter" counts for more than
 * "please" or "session". Pure: the wizard loads it with the catalog when the box is first used.
 */
import { tokenize } from './search-query';
import { isOtherTopic } from '../config/other-topics';
import { causeUrl, otherUrl } from './urls';

/** The page that answers a catalog message: a cause article or a "not a sign-in problem" page. */
export const answerUrl = (answer: string): string => (isOtherTopic(answer) ? otherUrl(answer) : causeUrl(answer));

/** One catalog entry as the browser receives it (`/messages/catalog.json`). */
export interface CatalogEntry {
  readonly id: string;
  /** The message and its variants, word for word. */
  readonly wordings: readonly string[];
  /** URL of the entry's answer (`/causes/<slug>/` or `/other/<topic>/`). */
  readonly answer: string;
  /** The wizard's first-question answer this message means, when it is a generic sign-in message. */
  readonly wizard?: string;
}

/** A catalog entry for the browser, from the content file's fields (build time and tests). */
export function catalogEntry(
  id: string,
  data: { readonly message: string; readonly variants?: readonly string[]; readonly answer: string; readonly wizard?: string | undefined },
): CatalogEntry {
  return {
    id,
    wordings: [data.message, ...(data.variants ?? [])],
    answer: answerUrl(data.answer),
    ...(data.wizard ? { wizard: data.wizard } : {}),
  };
}

interface MessageMatch {
  readonly entry: CatalogEntry;
  /** The wording that matched best. */
  readonly wording: string;
  /** 0–1: the share of the wording's weight found in the paste. */
  readonly score: number;
}

/** Below this share of a wording's weight, the paste is not that message. */
const MATCH_THRESHOLD = 0.62;

/** Words too common in any message to tell one from another. They still count, a little. */
const LIGHT_WORDS = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'in',
  'on',
  'is',
  'it',
  'and',
  'or',
  'for',
  'you',
  'your',
  'we',
  'our',
  'this',
  'that',
  'be',
  'are',
  'was',
  'please',
  'again',
  'try',
  'if',
  'with',
]);

/** A message's words, as search reads them: lower case, accents off, identifiers dropped. */
export const messageTokens = tokenize;

/**
 * Two words are the same when equal, or (both 5+ letters) one typo apart: a letter changed, added,
 * dropped, or two neighbours swapped ("sesison").
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The weight of a wording found in the paste as a phrase: its words in their order, within a
 * window not much longer than the wording. "Network error" inside "use a different network …
 * (error=unknown_country)" is two stray words, not the message.
 */
function phraseWeight(
  wording: readonly string[],
  weights: readonly number[],
  light: readonly boolean[],
  pasted: readonly string[],
): { weight: number; real: number } {
  const n = wording.length;
  const window = n + 2 + Math.ceil(n / 2);
  const hit = pasted.map((p) => wording.map((w) => sameWord(p, w)));
  let best = { weight: 0, real: 0 };
  for (let start = 0; start < pasted.length; start++) {
    if (!hit[start]!.some(Boolean)) continue;
    const m = Math.min(pasted.length - start, window);
    // Weighted longest common subsequence of the wording and this window, counting its real words.
    let prev = Array.from({ length: m + 1 }, () => ({ weight: 0, real: 0 }));
    let cur = prev.map((c) => ({ ...c }));
    for (let i = 1; i <= n; i++) {
      for (let j = 1; j <= m; j++) {
        if (hit[start + j - 1]![i - 1])
          cur[j] = { weight: prev[j - 1]!.weight + weights[i - 1]!, real: prev[j - 1]!.real + (light[i - 1] ? 0 : 1) };
        else cur[j] = prev[j]!.weight >= cur[j - 1]!.weight ? prev[j]! : cur[j - 1]!;
      }
      [prev, cur] = [cur, prev];
    }
    if (prev[m]!.weight > best.weight) best = prev[m]!;
  }
  return best;
}

export interface Matcher {
  /** The best entry for a paste, or undefined when nothing reaches the threshold. */
  match(text: string): MessageMatch | undefined;
}

export function createMatcher(catalog: readonly CatalogEntry[], threshold = MATCH_THRESHOLD): Matcher {
  // Rarity across entries (not wordings: variants of one message share their words).
  const entriesWith = new Map<string, number>();
  for (const entry of catalog) {
    for (const t of new Set(entry.wordings.flatMap(messageTokens))) entriesWith.set(t, (entriesWith.get(t) ?? 0) + 1);
  }
  const weight = (t: string): number => (LIGHT_WORDS.has(t) ? 0.25 : 1) * Math.log(1 + catalog.length / (entriesWith.get(t) ?? 1));
  const wordings = catalog.flatMap((entry) =>
    entry.wordings.map((wording) => {
      const tokens = messageTokens(wording);
      const weights = tokens.map(weight);
      const light = tokens.map((t) => LIGHT_WORDS.has(t));
      return {
        entry,
        wording,
        tokens,
        weights,
        light,
        total: weights.reduce((s, w) => s + w, 0),
        real: tokens.filter((t) => !LIGHT_WORDS.has(t)),
      };
    }),
  );

  return {
    match(text) {
      const pasted = messageTokens(text);
      if (pasted.length === 0) return undefined;
      let best: (MessageMatch & { size: number }) | undefined;
      for (const w of wordings) {
        if (w.total === 0) continue;
        // Cheap test first: enough of the wording's words anywhere in the paste.
        const found = w.tokens.filter((t) => pasted.some((p) => sameWord(p, t)));
        if (found.reduce((s, t) => s + weight(t), 0) / w.total < threshold) continue;
        // The wording must appear as a phrase, with two of its real words, not only "please" and "again".
        const phrase = phraseWeight(w.tokens, w.weights, w.light, pasted);
        if (phrase.real < Math.min(2, w.real.length)) continue;
        const share = phrase.weight / w.total;
        // Of two equal shares, the longer wording says more (it matched more of the paste).
        if (!best || share > best.score + 1e-9 || (Math.abs(share - best.score) <= 1e-9 && w.total > best.size)) {
          best = { entry: w.entry, wording: w.wording, score: share, size: w.total };
        }
      }
      if (!best || best.score < threshold) return undefined;
      return { entry: best.entry, wording: best.wording, score: best.score };
    },
  };
}
