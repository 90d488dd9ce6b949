/**
 * The only search code every page loads (a few hundred bytes): `/` focuses the header box, and
 * the first focus loads the real search UI and Pagefind. A page opened from a search result
 * (`?highlight=…`) loads the highlighter.
 */
import { HIGHLIGHT_PARAM } from '../config/search-params';

export type HeaderSearchModule = typeof import('./header-search');

/** True when a key press belongs to something the visitor is typing in. */
function isTyping(target: EventTarget | null): boolean {
  if (!target || !(target as Element).tagName) return false;
  const el = target as HTMLElement;
  return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}

export function bootSearch(doc: Document, win: Window, load: () => Promise<HeaderSearchModule> = () => import('./header-search')): void {
  const input = doc.querySelector<HTMLInputElement>('input[data-site-search]');
  if (input) {
    input.setAttribute('aria-keyshortcuts', '/');
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      load().then((m) => m.enhanceHeaderSearch(doc, win, input));
    };
    input.addEventListener('focus', start);
    if (doc.activeElement === input) start();
    doc.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.focus();
    });
  }
  if (new URLSearchParams(win.location.search).has(HIGHLIGHT_PARAM)) {
    import('./highlight').then((m) => m.highlightFromUrl(doc, win.location, HIGHLIGHT_PARAM));
  }
}
