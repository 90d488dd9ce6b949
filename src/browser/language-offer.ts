/**
 * The offer of this page in the reader's own language: a small bar fixed to the bottom of the
 * screen (it moves nothing on the page), written in the language it offers, with a link to the
 * same answer there and a button that closes it for good on this device. It is only a
 * suggestion: nothing changes page by itself. The words come from the build, on the switcher's
 * link to that language (`data-offer-*`, LanguageSwitcher.astro).
 */
import { maker } from './dom';
import { DISMISSED, followHere, rememberChoice } from './language-choice';

export function offerLanguage(doc: Document, win: Window, switcherLink: HTMLAnchorElement): HTMLElement {
  const make = maker(doc);
  const words = switcherLink.dataset;
  const locale = switcherLink.hreflang;
  const link = make('a', { href: switcherLink.href, hreflang: locale }, words.offerGo ?? '');
  const dismiss = make('button', { type: 'button' }, words.offerDismiss ?? '');
  const bar = make(
    'aside',
    { class: 'language-offer', lang: locale, 'aria-label': words.offerLabel ?? '' },
    make('p', null, `${words.offerText ?? ''} `, link),
    dismiss,
  );
  // As the switcher's links: the address as of now (a middle-click or a copied link too).
  const update = () => followHere(link as HTMLAnchorElement, win);
  link.addEventListener('auxclick', update);
  link.addEventListener('contextmenu', update);
  link.addEventListener('click', () => {
    update();
    rememberChoice(win, locale);
  });
  dismiss.addEventListener('click', () => {
    rememberChoice(win, DISMISSED);
    bar.remove();
    doc.body.classList.remove('language-offered');
    // The button that had focus is gone: carry on where the page starts.
    doc.getElementById('main')?.focus({ preventScroll: true });
  });
  // First after the skip link, so a keyboard reaches it at once; it is drawn at the bottom.
  const skip = doc.querySelector('.skip-link');
  if (skip) skip.after(bar);
  else doc.body.prepend(bar);
  doc.body.classList.add('language-offered');
  return bar;
}
