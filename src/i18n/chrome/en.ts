/**
 * The words of the language chrome in English: the offer of this page in the reader's own
 * language (src/browser/language-offer.ts). Each offer is written in the language it offers, so a
 * page carries the other languages' offers on its switcher links (LanguageSwitcher.astro), and
 * nothing else of theirs.
 */
export const en = {
  offer: {
    /** The offer's landmark name. */
    label: 'Language',
    text: 'This page is also in English.',
    go: 'Read it in English',
    /** Closes the offer for good on this device. */
    dismiss: 'No thanks',
  },
  /** The "Copy link" button beside each linked heading (src/browser/copy-link.ts). */
  copyLink: {
    button: 'Copy link',
    /** Its accessible name; {title} is the heading's text. */
    label: 'Copy link to “{title}”',
    copied: 'Copied',
    failed: 'Copy failed',
    said: 'Link copied',
    saidFailed: 'Could not copy. The link is now in the address bar.',
  },
};

export type ChromeWords = typeof en;
