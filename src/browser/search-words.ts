/**
 * Search's interface words in the page's language (src/i18n/search/), which the build writes into
 * every page as a JSON block (SiteHeader.astro): the browser never carries another language's.
 */
import { fill } from '../common/fill';
import type { SearchWords } from '../i18n/search/en';
import type { ResultKind } from '../config/search';

export const SEARCH_WORDS_ID = 'search-words';

/** The JSON block: the words, and where "diagnose your problem" goes in this language. */
export interface SearchSettings {
  readonly words: SearchWords;
  readonly diagnosePath: string;
}

/** The page's search words; a page without them is a build error, so this throws. */
export function readSearchSettings(doc: Document): SearchSettings {
  const text = doc.getElementById(SEARCH_WORDS_ID)?.textContent;
  if (!text) throw new Error(`#${SEARCH_WORDS_ID} is missing`);
  return JSON.parse(text) as SearchSettings;
}

/** "3 results" / "1 result" / "No results", in the page's language. */
export function countText(words: SearchWords, n: number): string {
  if (n === 0) return words.count.none;
  return n === 1 ? words.count.one : fill(words.count.many, { n: String(n) });
}

/** A result's kind ("Cause"…) in the page's language. */
export const kindText = (words: SearchWords, kind: ResultKind): string => words.kinds[kind];
