/**
 * The wizard's "paste the exact message" box, loaded on first use with the catalog
 * (`/messages/catalog.json`). A recognised generic sign-in message continues the wizard at the
 * question it implies; any other recognised message goes straight to its answer; anything else
 * goes to the search results for its words, never to a dead end.
 */
import { pasteWords } from '../common/paste-noise';
import { searchUrl } from '../common/urls';
import { loadCatalogMatcher } from './catalog-matcher';
import { PASTE_COPY } from '../wizard/paste-copy';
import { pasteCopy } from '../i18n/wizard/fill';
import type { PageWords } from '../i18n/wizard/en';
import { localHref } from '../wizard/lang';

type PasteOutcome =
  | { readonly kind: 'wizard'; readonly answer: string; readonly wording: string }
  | { readonly kind: 'answer'; readonly url: string; readonly wording: string }
  | { readonly kind: 'search'; readonly url: string };

/** What the paste box needs of the wizard it sits in. */
export interface PasteWizard {
  /** Whether the message question can take this answer now. */
  canContinue(answer: string): boolean;
  /** Answer the message question with it and move on. */
  continueWith(answer: string): void;
  /** Announce to screen readers. */
  say(message: string): void;
  /** A translated page's words (English: undefined). */
  words(): PageWords | undefined;
}

/** Where a paste leads. `canContinue`: whether the wizard can take this message-question answer here. */
async function readPaste(text: string, fetchFn: typeof fetch, canContinue: (answer: string) => boolean): Promise<PasteOutcome> {
  const found = (await loadCatalogMatcher(fetchFn)).match(text);
  if (found?.entry.wizard && canContinue(found.entry.wizard)) return { kind: 'wizard', answer: found.entry.wizard, wording: found.wording };
  if (found) return { kind: 'answer', url: found.entry.answer, wording: found.wording };
  return { kind: 'search', url: searchUrl(pasteWords(text)) };
}

/**
 * The box was submitted: continue the wizard in place, or say where the paste goes and go there.
 * Rejects when the catalog cannot be loaded, so the caller can fall back to the form's own search.
 */
export async function followPaste(form: HTMLFormElement, win: Window, wizard: PasteWizard): Promise<void> {
  const words = wizard.words();
  const PASTE = words ? pasteCopy(words.paste) : PASTE_COPY;
  const text = form.querySelector('textarea')?.value ?? '';
  const status = form.querySelector<HTMLElement>('.wizard-paste-status')!;
  if (!text.trim()) return void (status.textContent = PASTE.empty);
  status.textContent = PASTE.reading;
  const outcome = await readPaste(text, win.fetch.bind(win), wizard.canContinue);
  if (outcome.kind === 'wizard') {
    wizard.say(PASTE.recognised(outcome.wording));
    return wizard.continueWith(outcome.answer);
  }
  status.textContent = outcome.kind === 'answer' ? PASTE.recognised(outcome.wording) : PASTE.searching;
  win.location.assign(localHref(words?.locale ?? 'en', outcome.url));
}
