/**
 * The two search settings every page needs before search opens, kept apart from the vocabulary in
 * `search.ts` so the small script on every page does not carry it.
 */

/** Query-string parameter that carries the search words to the page a result opens, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where Pagefind's files are served (the build writes them to `dist/pagefind/`). */
export const PAGEFIND_URL = '/pagefind/pagefind.js';
