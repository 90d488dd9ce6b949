/**
 * The wizard with JavaScript: the static page is taken over in place and driven by the same
 * machine. Each answer is a history entry whose URL is the answer path's own static page
 * (/diagnose/where=computer/when=away/), so Back, Forward, reload and a shared link all replay the
 * same answers; a damaged link gives a notice and a fresh start.
 *
 * Live check results arrive as `shc:check-result` events on the document (see
 * src/wizard/check-events.ts), or through the returned controller's `receiveCheck`. They can turn
 * a question into a confirmation and re-rank a result, never change which question comes next.
 *
 * This module wires the parts together: the state (./wizard-store.ts, one machine snapshot), the
 * address bar (./wizard-location.ts) and the drawing (./wizard-paint.ts).
 */
import type { CheckResult } from '../checks/types';
import { CHECK_RESULT_EVENT } from '../wizard/check-events';
import { answer, stepOf, type WizardSnapshot } from '../wizard/session';
import type { AnswerRecord } from '../wizard/types';
import { fromLocation, here, pushStep, snapshotOfLink, urlOf } from './wizard-location';
import { noticeShower } from './wizard-notice';
import { WizardPainter } from './wizard-paint';
import { wizardStore, type WizardStore } from './wizard-store';
import { WIZARD_WORDS_ID, type PageWords } from '../i18n/wizard/en';

/** The page's wizard words in its language, from its JSON block (an inert <template>). */
function pageWords(doc: Document): PageWords | undefined {
  const text = doc.querySelector<HTMLTemplateElement>(`template#${WIZARD_WORDS_ID}`)?.content.textContent;
  return text ? (JSON.parse(text) as PageWords) : undefined;
}

export interface WizardController {
  /** The state shown now (a question or result id). */
  step(): string;
  /** The answers so far, as they appear in the URL. */
  answers(): readonly AnswerRecord[];
  /** Take a live check result into account: a question it settles becomes a confirmation. */
  receiveCheck(result: CheckResult): void;
  /** Resolves when the latest change has been drawn (a result may need its words loaded first). */
  settled(): Promise<void>;
}

/** What the event handlers work with. */
interface Wizard {
  readonly doc: Document;
  readonly win: Window;
  readonly store: WizardStore;
  readonly painter: WizardPainter;
  /** Move to a new step as a new history entry. */
  go(next: WizardSnapshot): void;
}

/** A plain left click the page may take over (not a new tab, window or download). */
const plainClick = (e: MouseEvent): boolean =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;

export function enhanceWizard(doc: Document, win: Window): WizardController | null {
  const root = doc.querySelector<HTMLElement>('[data-wizard]');
  if (!root?.querySelector('[data-wizard-body]')) return null;
  const words = pageWords(doc);
  const showNotice = noticeShower(root.querySelector<HTMLElement>('[data-wizard-notice]')!, words);
  // The painter draws what the store holds; the store calls it on every change (none before it exists).
  const store = wizardStore(
    fromLocation(win, {}, showNotice),
    (change) => void (change === 'step' ? painter.draw(true) : painter.redraw()),
  );
  const painter = new WizardPainter(doc, win, root, store.current, words);
  const wizard: Wizard = {
    doc,
    win,
    store,
    painter,
    go(next) {
      showNotice(null);
      pushStep(win, next);
      store.arrive(next);
      // Warm the result words while the visitor reads this question (after an interaction only).
      void painter.results().catch(() => undefined);
    },
  };
  root.addEventListener('click', (e) => onClick(wizard, e));
  root.addEventListener('submit', (e) => onSubmit(wizard, e));
  win.addEventListener('popstate', () => {
    // A jump to an anchor (the skip link) is a history entry too; only a new step is a change.
    if (here(win) === urlOf(store.current())) return;
    showNotice(null);
    store.arrive(fromLocation(win, store.current().context.checks, showNotice));
  });
  doc.addEventListener(CHECK_RESULT_EVENT, (e) => store.receive((e as CustomEvent<unknown>).detail));
  void painter.draw(false);
  return {
    step: () => stepOf(store.current()),
    answers: () => store.current().context.answers,
    receiveCheck: store.receive,
    settled: painter.settled,
  };
}

/** An answer, a Change link, Start again, or the copy button. */
function onClick(w: Wizard, e: MouseEvent): void {
  const target = e.target as Element;
  const copy = target.closest('button[data-copy-summary]');
  if (copy instanceof HTMLButtonElement) return void copySummary(w, copy);
  const link = target.closest('a');
  if (!link || !plainClick(e)) return;
  const choice = link.dataset.answer;
  const next =
    choice !== undefined
      ? answer(w.store.current(), choice)
      : link.hasAttribute('data-change') || link.hasAttribute('data-restart')
        ? snapshotOfLink(link, w.store.current().context.checks)
        : undefined;
  if (!next) return; // Let the browser follow it.
  e.preventDefault();
  w.go(next);
}

/** The paste box: its code and the catalog load on first use (./wizard-paste.ts). */
function onSubmit(w: Wizard, e: SubmitEvent): void {
  const form = e.target as HTMLFormElement;
  if (!form.matches('[data-paste]')) return;
  e.preventDefault();
  import('./wizard-paste')
    .then((m) =>
      m.followPaste(form, w.win, {
        canContinue: (id) => answer(w.store.current(), id) !== undefined,
        continueWith: (id) => w.go(answer(w.store.current(), id)!),
        say: w.painter.say,
        words: w.painter.pageWords,
      }),
    )
    // If they cannot load (offline?), the form's own action searches the pasted words.
    .catch(() => form.submit());
}

/** Copy the summary for support with its report link; kept on screen while the visitor stays on this step. */
async function copySummary(w: Wizard, button: HTMLButtonElement): Promise<void> {
  const url = here(w.win);
  const m = await w.painter.results();
  const { answers, checks } = w.store.current().context;
  const words = w.painter.words();
  const text = await m.summaryWithReport(stepOf(w.store.current()), answers, checks, w.win, words);
  if (url !== here(w.win)) return; // The visitor moved on meanwhile.
  w.painter.copied(url, text);
  await m.copySummary(button, text, w.doc, w.win, words);
}
