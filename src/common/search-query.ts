/**
 * Turns what someone typed into weighted search terms: filler words dropped, words found on every
 * page counted for less, everyday words mapped onto the site's own vocabulary. Pure, so the same
 * code runs in Node tests and in the browser.
 */
import { isNoiseToken, stripPasteNoise } from './paste-noise';

export interface QueryTerm {
  /** One word, lower case, as Pagefind should look it up. */
  readonly term: string;
  /** How much a match on this term counts (1 = an ordinary typed word). */
  readonly weight: number;
  /** Typed by the visitor (false: added from the synonyms table). */
  readonly typed: boolean;
  /** For a synonym: the typed words it stands for ("nordvpn" for "vpn"). */
  readonly from?: string;
}

export interface Vocabulary {
  readonly stopWords: readonly string[];
  /** Phrases replaced by the words they mean (see `IDIOMS` in src/config/search.ts). */
  readonly idioms: Readonly<Record<string, readonly string[]>>;
  readonly weakWords: readonly string[];
  readonly synonyms: Readonly<Record<string, readonly string[]>>;
  readonly weakWeight: number;
  readonly synonymWeight: number;
  /**
   * For a language written without spaces (Japanese): how a query is cut into words
   * (src/common/segment-words.ts, loaded with that language's vocabulary only). Its phrases
   * (synonyms, idioms) are then written without spaces too.
   */
  readonly segment?: (raw: string) => string[];
}

/** A query never grows past this many terms (each term is one index lookup). */
export const MAX_TERMS = 16;
/** Longest synonym phrase, in words (a Japanese phrase is cut into more, shorter words). */
const MAX_PHRASE = 3;
const MAX_PHRASE_SEGMENTED = 5;

/**
 * Lower case, accents off, apostrophes joined ("I'm" → "im"), split on anything not a letter or
 * digit. What a pasted error carries besides its words (JSON, Ray IDs, timestamps) is dropped.
 */
export function tokenize(raw: string): string[] {
  return stripPasteNoise(raw)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t && !isNoiseToken(t));
}

/** A word worth looking up: two letters at least, or one ideograph (時, 鍵) in a language without spaces. */
const longEnough = (token: string, segmented: boolean): boolean => token.length >= 2 || (segmented && /\p{Script=Han}/u.test(token));

export function analyseQuery(raw: string, vocab: Vocabulary): QueryTerm[] {
  const tokens = vocab.segment ? vocab.segment(raw) : tokenize(raw);
  const segmented = vocab.segment !== undefined;
  const joiner = segmented ? '' : ' ';
  const maxPhrase = segmented ? MAX_PHRASE_SEGMENTED : MAX_PHRASE;
  const stop = new Set(vocab.stopWords);
  const { dropped, meant } = readIdioms(tokens, vocab.idioms, joiner);
  const weak = new Set(vocab.weakWords);
  const found = new Map<string, QueryTerm>();
  const add = (t: QueryTerm): void => {
    const had = found.get(t.term);
    if (!had || had.weight < t.weight) found.set(t.term, had?.typed ? { ...t, typed: true } : t);
  };

  for (const [i, token] of tokens.entries()) {
    if (stop.has(token) || !longEnough(token, segmented) || dropped.has(i)) continue;
    add({ term: token, weight: weak.has(token) ? vocab.weakWeight : 1, typed: true });
  }
  for (const term of meant) add({ term, weight: 1, typed: true });
  // Synonyms: the longest phrase starting at each word wins, so "mobile data" beats "mobile".
  for (let i = 0; i < tokens.length; i++) {
    if (dropped.has(i)) continue;
    for (let n = Math.min(maxPhrase, tokens.length - i); n >= 1; n--) {
      const from = tokens.slice(i, i + n).join(joiner);
      const mapped = vocab.synonyms[from];
      if (!mapped) continue;
      for (const term of mapped) add({ term, weight: vocab.synonymWeight, typed: false, from });
      break;
    }
  }
  // Only filler words typed ("why?"): search for them rather than for nothing.
  if (found.size === 0) {
    for (const token of tokens) if (longEnough(token, segmented)) add({ term: token, weight: 1, typed: true });
  }
  return (
    [...found.values()]
      // Strongest first, so a long paste loses its weakest words (the ones on every page) first,
      // before the words the synonyms add; among equals, what was typed comes first.
      .sort((a, b) => b.weight - a.weight || Number(b.typed) - Number(a.typed))
      .slice(0, MAX_TERMS)
  );
}

/** Positions of the tokens inside an idiom, and the words the idioms mean. */
function readIdioms(tokens: readonly string[], idioms: Vocabulary['idioms'], joiner: string): { dropped: Set<number>; meant: string[] } {
  const dropped = new Set<number>();
  const meant: string[] = [];
  for (const [phrase, words] of Object.entries(idioms)) {
    // Without spaces, an idiom is a run of words whose letters spell it ("勝手に" = 勝手 + に).
    for (let i = 0; i < tokens.length; i++) {
      let n = 0;
      let spelled = '';
      while (i + n < tokens.length && spelled.length < phrase.length) spelled += (n ? joiner : '') + tokens[i + n++];
      if (spelled !== phrase) continue;
      for (let j = 0; j < n; j++) dropped.add(i + j);
      meant.push(...words);
    }
  }
  return { dropped, meant };
}

/** The words worth marking on the page a result opens: not the weak ones found everywhere. */
export function highlightTerms(terms: readonly QueryTerm[], vocab: Pick<Vocabulary, 'weakWords'>): string[] {
  const weak = new Set(vocab.weakWords);
  return terms.filter((t) => !weak.has(t.term)).map((t) => t.term);
}

/**
 * A typed word that no page contains ("nordvpn", "ccleaner") says nothing by itself; what it means
 * (its synonyms) then counts as much as a typed word. Takes which typed terms found nothing.
 */
export function standInForUnknown(terms: readonly QueryTerm[], unknown: ReadonlySet<string>): QueryTerm[] {
  return terms.map((t) =>
    !t.typed && t.from && t.from.split(' ').every((w) => unknown.has(w)) ? { ...t, weight: Math.max(t.weight, 1) } : t,
  );
}
