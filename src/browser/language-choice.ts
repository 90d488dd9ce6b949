/**
 * The header's language switcher with JavaScript: a link goes to the same answer in the other
 * language, computed from `location` when it is used, so it keeps the `#section`, the query and
 * any path the wizard has pushed since the page loaded (without JavaScript the links still go to
 * the same page). It also remembers the reader's choice on this device and, when their browser
 * prefers another of our languages, loads the offer (language-offer.ts), which never moves them.
 */
import { isLocale, preferredLocale, switchedPath } from '../common/language-choice';

/** localStorage key: a language the reader chose, or `dismissed`; either way, no more offers. */
export const CHOICE_KEY = 'language-choice';
export const DISMISSED = 'dismissed';

/**
 * Storage may be blocked (site data blocked, some private modes): then reading finds nothing and
 * writing does nothing, and the offer simply comes back on the next page.
 */
export function rememberChoice(win: Window, choice: string): void {
  try {
    win.localStorage.setItem(CHOICE_KEY, choice);
  } catch {
    // Nowhere to keep it: this page view still does what was asked.
  }
}

function hasChosen(win: Window): boolean {
  try {
    return win.localStorage.getItem(CHOICE_KEY) !== null;
  } catch {
    return false;
  }
}

/** Point a switcher or offer link at the same answer in its language, as of now. */
export function followHere(link: HTMLAnchorElement, win: Window): void {
  if (isLocale(link.hreflang)) link.href = switchedPath(win.location, link.hreflang);
}

export function enhanceLanguageChoice(doc: Document, win: Window, loadOffer = () => import('./language-offer')): void {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('.language-switcher a[hreflang]')];
  for (const link of links) {
    // Set before the browser follows the link (a click, a middle-click, or copying its address).
    const update = () => followHere(link, win);
    link.addEventListener('auxclick', update);
    link.addEventListener('contextmenu', update);
    link.addEventListener('click', () => {
      update();
      rememberChoice(win, link.hreflang);
    });
  }
  const wanted = preferredLocale(win.navigator.languages ?? [], doc.documentElement.lang);
  const offered = links.find((l) => l.hreflang === wanted);
  if (offered && !hasChosen(win)) void loadOffer().then((m) => m.offerLanguage(doc, win, offered));
}
