/**
 * Drawing the wizard's state into the page, and only what changed: a live finding that changes
 * nothing on screen redraws nothing, and a static result page whose findings change nothing never
 * loads the result words at all. The state itself is read from the store (`current`), never kept
 * here; what is kept is what the screen was drawn from.
 */
import { site } from '../config/site';
import { saveLastWizard } from '../wizard/last-result';
import { stepUrl } from '../wizard/path';
import { resultSignature } from '../wizard/rank';
import type { WizardSnapshot } from '../wizard/session';
import { INITIAL_STEP, resultMeta } from '../wizard/steps';
import { uiOf, wizardView, type QuestionView, type WizardView } from '../wizard/view';
import type { LocalWords, PageWords } from '../i18n/wizard/en';
import type { UiCopy } from '../i18n/wizard/fill';
import { localHref } from '../wizard/lang';
import { SEARCH_PATH } from '../common/urls';
import { here, localUrl } from './wizard-location';
import { addCopyButton, renderAnswered, renderQuestion } from './wizard-render';

export type ResultModule = typeof import('./wizard-result-render');

export class WizardPainter {
  #body: HTMLElement;
  #live: HTMLElement;
  /** What the question and the answers list on screen were drawn from (JSON). */
  #drawnQuestion = '';
  #drawnAnswered = '';
  /** What the result on screen was drawn from (src/wizard/rank.ts `resultSignature`). */
  #drawnResult: string;
  /** The summary last copied with its report link, and the address it was copied on. */
  #copiedSummary: { url: string; text: string } | undefined;
  /**
   * A new step is on its way to the screen: the drawing that completes it focuses its heading
   * (a finding's redraw that overtakes an arrival completes the arrival).
   */
  #arriving = false;
  #ticket = 0;
  #drawing = Promise.resolve();
  #loading: Promise<ResultModule> | undefined;
  /** A translated page's words (English without), and with the result words once they have loaded. */
  #words: PageWords | undefined;
  #local: LocalWords | undefined;
  #ui: UiCopy;

  #doc: Document;
  #win: Window;
  #root: HTMLElement;
  /** The state to draw: the store's, never a copy. */
  #current: () => WizardSnapshot;

  constructor(doc: Document, win: Window, root: HTMLElement, current: () => WizardSnapshot, words?: PageWords) {
    this.#words = words;
    this.#ui = uiOf(words);
    this.#doc = doc;
    this.#win = win;
    this.#root = root;
    this.#current = current;
    this.#body = root.querySelector<HTMLElement>('[data-wizard-body]')!;
    this.#live = root.querySelector<HTMLElement>('[data-wizard-live]')!;
    // A static result page was drawn from its answers alone: while the live findings change
    // nothing on it, the result words are not loaded at all.
    const shown = root.dataset.step;
    this.#drawnResult = shown && resultMeta(shown) ? resultSignature(shown, current().context.answers, {}) : '';
  }

  /** Draw the current state; after a new step (`arrived`) the heading takes focus. */
  draw(arrived: boolean): Promise<void> {
    if (arrived) {
      this.#arriving = true;
      this.#copiedSummary = undefined;
    }
    this.#drawing = this.#paint();
    return this.#drawing;
  }

  /** Draw a finding's change without losing the visitor's place: focus and typed text stay. */
  async redraw(): Promise<void> {
    const restore = keepPlace(this.#doc, this.#root);
    await this.draw(false);
    restore();
    // A summary already copied stays as it was copied: what is shown is what is on the clipboard.
  }

  /** Resolves when the latest drawing is done. */
  settled = (): Promise<void> => this.#drawing;

  /** The result words (of the page's language), loaded on first use (a failed load is tried again next time). */
  results = (): Promise<ResultModule> =>
    (this.#loading ??= import('./wizard-result-render').then(this.#withWords).catch((e: unknown) => {
      this.#loading = undefined;
      throw e;
    }));

  /** The result words of the page's language come with the result code. */
  #withWords = async (m: ResultModule): Promise<ResultModule> => {
    if (this.#words) this.#local = await m.withResultWords(this.#words);
    return m;
  };

  /** A translated page's words (English: undefined). */
  pageWords = (): PageWords | undefined => this.#words;

  /** The page's words with the result words (after `results()`; English: undefined). */
  words = (): LocalWords | undefined => this.#local;

  /** Announce to screen readers. */
  say = (message: string): void => {
    this.#live.textContent = '';
    this.#win.setTimeout(() => (this.#live.textContent = message), 50);
  };

  /** The summary copied on this page: shown again in its box through redraws until the step changes. */
  copied(url: string, text: string): void {
    this.#copiedSummary = { url, text };
  }

  async #paint(): Promise<void> {
    const mine = ++this.#ticket;
    const snapshot = this.#current();
    const view = wizardView(snapshot, this.#words);
    if (view.step.kind === 'question') this.#paintQuestion(view.step, view.answered);
    else if (!(await this.#paintResult(view.step.step, snapshot, mine))) return;
    this.#root.dataset.step = view.step.step;
    // The title and intro are for the first question only, as on the static pages.
    const first = !view.answered.length && view.step.step === INITIAL_STEP;
    this.#doc.querySelector('[data-wizard-title]')?.classList.toggle('visually-hidden', !first);
    const intro = this.#doc.querySelector<HTMLElement>('[data-wizard-intro]');
    if (intro) intro.hidden = !first;
    const answered = JSON.stringify(view.answered);
    if (answered !== this.#drawnAnswered) renderAnswered(this.#doc, this.#root, view.answered, this.#ui);
    this.#drawnAnswered = answered;
    if (view.pageTitle) this.#doc.title = `${view.pageTitle} · ${site.siteName}`;
    if (!this.#arriving) return;
    this.#arriving = false;
    // Focus alone announces the new step (a result's heading starts "Most likely cause: …"), once.
    this.#root.querySelector<HTMLElement>('#wizard-heading')?.focus();
  }

  #paintQuestion(step: QuestionView, answered: WizardView['answered']): void {
    const drawn = JSON.stringify([step, answered]);
    if (this.#arriving || drawn !== this.#drawnQuestion)
      renderQuestion(this.#doc, this.#root, step, this.#ui, localHref(this.#words?.locale ?? 'en', SEARCH_PATH));
    this.#drawnQuestion = drawn;
  }

  /** False when the drawing was given up (a newer step came, or the words could not load). */
  async #paintResult(step: string, snapshot: WizardSnapshot, mine: number): Promise<boolean> {
    this.#drawnQuestion = '';
    const { answers, checks } = snapshot.context;
    const signature = resultSignature(step, answers, checks);
    const shownBefore = this.#root.dataset.step;
    if (shownBefore !== step || signature !== this.#drawnResult) {
      let m: ResultModule;
      try {
        m = await this.results();
      } catch {
        // The result's words could not be loaded (offline?): the static result page has them.
        const url = localUrl(this.#win, stepUrl(step, answers));
        if (mine === this.#ticket && url !== here(this.#win)) this.#win.location.assign(url);
        return false;
      }
      if (mine !== this.#ticket) return false; // A newer step was chosen meanwhile.
      const copied = this.#copiedSummary?.url === here(this.#win) ? this.#copiedSummary.text : undefined;
      this.#body.replaceChildren(m.buildResult(this.#doc, step, answers, checks, copied, this.#local));
      this.#doc.title = `${m.pageTitle(step, this.#local)} · ${site.siteName}`;
      this.#drawnResult = signature;
      // A finding that changed the result while it was on screen: say so (focus stays put).
      if (!this.#arriving && shownBefore !== step) this.say(m.resultChanged(step, this.#local));
    }
    addCopyButton(this.#doc, this.#body, this.#ui);
    // For a report made later on /check/ (src/wizard/last-result.ts).
    if (answers.length) saveLastWizard(() => this.#win.localStorage, answers, step, Date.now());
    return true;
  }
}

/** Note the focused control and the typed paste; the returned function puts them back after a redraw. */
function keepPlace(doc: Document, root: HTMLElement): () => void {
  const active = doc.activeElement;
  const selector =
    active instanceof HTMLElement && root.contains(active)
      ? active.dataset.answer !== undefined
        ? `[data-answer="${CSS.escape(active.dataset.answer)}"]`
        : active.id
          ? `#${CSS.escape(active.id)}`
          : null
      : null;
  const typed = root.querySelector<HTMLTextAreaElement>('#wizard-paste-text')?.value;
  return () => {
    const paste = root.querySelector<HTMLTextAreaElement>('#wizard-paste-text');
    if (typed && paste && !paste.value) paste.value = typed;
    if (selector && !root.contains(doc.activeElement)) root.querySelector<HTMLElement>(selector)?.focus();
  };
}
