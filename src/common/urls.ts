/**
 * Permanent URLs of answers (the URL contract), in one place for build-time pages and browser code
 * alike. Pure: no content access, so the wizard, the checks and reports can import it.
 */

/** The list of causes, the wizard, and the live check. */
export const CAUSES_PATH = '/causes/';
export const DIAGNOSE_PATH = '/diagnose/';
export const CHECK_PATH = '/check/';

export const causeUrl = (slug: string, anchor?: string): string => `/causes/${slug}/${anchor ? `#${anchor}` : ''}`;
export const faqUrl = (id: string): string => `/faq/#${id}`;
/** A "not a sign-in problem" page. */
export const otherUrl = (topic: string): string => `/other/${topic}/`;
export const MESSAGES_PATH = '/messages/';
/** One entry of the message catalog. */
export const messageUrl = (id: string): string => `${MESSAGES_PATH}#${id}`;
/** The catalog as JSON, for the wizard's paste box (src/pages/messages/catalog.json.ts). */
export const CATALOG_JSON = `${MESSAGES_PATH}catalog.json`;
export const SEARCH_PATH = '/search/';
/** The full search page for some words. */
export const searchUrl = (words: string): string => `${SEARCH_PATH}?${new URLSearchParams({ q: words.trim() })}`;
