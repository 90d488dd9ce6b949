/**
 * The staff index's words its script writes (buttons, copy feedback, the filter count), in English.
 * Every language's page writes its own into a JSON block (`#staff-words`); these are the defaults
 * the script falls back on, and the type the other languages `satisfies`. `{…}` are filled in.
 */
export const STAFF_BROWSER_EN = {
  copyLink: 'Copy link',
  copyReply: 'Copy reply',
  /** On the button for a moment after a click. */
  copied: 'Copied',
  failed: 'Copy failed',
  linkCopied: 'Link copied',
  replyCopied: 'Reply copied',
  /** `{what}`: `link` or `reply` below. */
  couldNotCopy: 'Could not copy. Select the {what} and copy it by hand.',
  link: 'link',
  reply: 'reply',
  /** `{shown}` of `{total}` entries. */
  shown: '{shown} of {total} answers shown.',
  /** The file of the groups' extra filter words, in this language. */
  filterWordsUrl: '/answers/filter-words.json',
};

export type StaffBrowserWords = { readonly [K in keyof typeof STAFF_BROWSER_EN]: string };
