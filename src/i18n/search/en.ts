/**
 * The words of search's interface in English (the header box's popup and the /search/ page): the
 * source the other languages' search words are typed against. The build writes the page's
 * language's words into the page (SiteHeader's JSON block), so the browser carries one language.
 *
 * `{slot}`s are filled in the browser (src/browser/search-words.ts), so each language keeps its
 * own word order; `{count}` is one of the `count` words.
 */
import { RESULT_KINDS, type ResultKind } from '../../config/search';

/** A result's kind ("Cause", "Question"…): English is the label in the search config. */
const kinds = Object.fromEntries(RESULT_KINDS.map((k) => [k.label, k.label])) as Record<ResultKind, string>;

export const en = {
  kinds,
  count: {
    none: 'No results',
    one: '1 result',
    /** `{n}`: the number of results, 2 or more. */
    many: '{n} results',
  },
  header: {
    /** The popup's list, for screen readers. */
    list: 'Search results',
    /** The last option when something matched: every result on /search/. */
    allResults: 'All results for “{query}”',
    /** The only option when nothing matched. */
    searchPage: 'Search page for “{query}”',
    /** `{diagnose}`: the link to the wizard, with the `diagnose` words. */
    nothing: 'Nothing matches those words. Try fewer or simpler words, or {diagnose}.',
    diagnose: 'diagnose your problem',
    /** Heard when results appear. */
    found: '{count}. Use the up and down arrow keys to choose, Enter to open.',
    /** Heard when nothing matched. */
    none: '{count} for {query}.',
    unavailable: 'Live results are unavailable. Press Enter to search.',
  },
  page: {
    /** The /search/ page's status line. */
    status: '{count} for “{query}”.',
    failed: 'Search could not load. Check your connection and reload the page, or browse the causes below.',
  },
};

export type SearchWords = typeof en;
