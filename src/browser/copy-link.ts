/**
 * Adds a "Copy link" button to every linked heading (`h2/h3 > a.heading-link`). The link's own
 * `#id` names what is linked: the heading itself, or the block it heads (a catalog entry, "Try
 * this first"). Without JavaScript the heading text itself stays a plain link to its anchor.
 */

import { copyWithFeedback } from './clipboard';
import { readPageJson } from '../common/page-json';
import type { ChromeWords } from '../i18n/chrome/en';

/** Id of the JSON block with the button's words in the page's language (BaseLayout.astro). */
export const COPY_LINK_WORDS_ID = 'copy-link-words';

/** The permanent URL of a section: path and anchor, never the visitor's query string. */
export function sectionUrl(loc: Pick<Location, 'origin' | 'pathname'>, id: string): string {
  return `${loc.origin}${loc.pathname}#${encodeURIComponent(id)}`;
}

export function enhanceHeadingLinks(doc: Document, win: Window): number {
  const links = doc.querySelectorAll<HTMLAnchorElement>('a.heading-link');
  const words = readPageJson(doc, COPY_LINK_WORDS_ID) as ChromeWords['copyLink'] | undefined; // written by the build from the typed words
  if (!words) return 0; // no words, no button: the heading itself stays a plain link
  for (const link of links) {
    const heading = link.parentElement;
    const id = decodeURIComponent(link.hash.slice(1));
    if (!heading || !id || heading.querySelector('.copy-link')) continue;
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = words.button;
    button.setAttribute('aria-label', words.label.replace('{title}', link.textContent?.trim() ?? ''));
    button.addEventListener('click', async () => {
      if (!(await copyWithFeedback(button, sectionUrl(win.location, id), words, win)))
        win.history.replaceState(null, '', `#${encodeURIComponent(id)}`);
    });
    heading.append(button);
  }
  return links.length;
}
