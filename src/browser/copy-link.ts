/**
 * Adds a "Copy link" button to every linked heading (`h2/h3 > a.heading-link`). The link's own
 * `#id` names what is linked: the heading itself, or the block it heads (a catalog entry, "Try
 * this first"). Without JavaScript the heading text itself stays a plain link to its anchor.
 */

import { copyWithFeedback } from './clipboard';

/** The permanent URL of a section: path and anchor, never the visitor's query string. */
export function sectionUrl(loc: Pick<Location, 'origin' | 'pathname'>, id: string): string {
  return `${loc.origin}${loc.pathname}#${encodeURIComponent(id)}`;
}

export function enhanceHeadingLinks(doc: Document, win: Window): number {
  const links = doc.querySelectorAll<HTMLAnchorElement>('a.heading-link');
  for (const link of links) {
    const heading = link.parentElement;
    const id = decodeURIComponent(link.hash.slice(1));
    if (!heading || !id || heading.querySelector('.copy-link')) continue;
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = 'Copy link';
    button.setAttribute('aria-label', `Copy link to “${link.textContent?.trim() ?? ''}”`);
    button.addEventListener('click', async () => {
      const words = { said: 'Link copied', saidFailed: 'Could not copy. The link is now in the address bar.' };
      if (!(await copyWithFeedback(button, sectionUrl(win.location, id), words, win)))
        win.history.replaceState(null, '', `#${encodeURIComponent(id)}`);
    });
    heading.append(button);
  }
  return links.length;
}
