/**
 * The wizard with JavaScript: the static page is taken over in place and driven by the same
 * machine. Each answer is a history entry whose URL is the answer path's own static page
 * (/diagnose/where=computer/when=away/), so Back, Forward, reload and a shared link all replay the
 * same answers; a damaged link gives a notice and a fresh start.
 *
 * Live check results arrive as `shc:check-result` events on the document (see
 * src/wizard/check-events.ts), or through the returned controller's `receiveCheck`. They can turn
 * a question into a confirmation and re-rank a result, never change which question comes next.
 */
import type { CheckResult } from '../checks/types';
import { site } from '../config/site';
import { CHECK_RESULT_EVENT, isCheckResult } from '../wizard/check-events';
import { stepUrl } from '../wizard/path';
import { answer, restoreUrl, startAt, stepOf, withCheck, type RestoreProblem, type WizardSnapshot } from '../wizard/session';
import { resultSignature } from '../wizard/rank';
import { INITIAL_STEP, resultMeta } from '../wizard/steps';
import { saveLastWizard } from '../wizard/last-result';
import type { AnswerRecord, CheckResults } from '../wizard/types';
import { wizardView } from '../wizard/view';
import { addCopyButton, renderAnswered, renderQuestion } from './wizard-render';

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

/** A plain left click the page may take over (not a new tab, window or download). */
const plainClick = (e: MouseEvent): boolean =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;

type ResultModule = typeof import('./wizard-result-render');

export function enhanceWizard(doc: Document, win: Window): WizardController | null {
  const root = doc.querySelector<HTMLElement>('[data-wizard]');
  const body = root?.querySelector<HTMLElement>('[data-wizard-body]');
  if (!root || !body) return null;
  const notice = root.querySelector<HTMLElement>('[data-wizard-notice]')!;
  const live = root.querySelector<HTMLElement>('[data-wizard-live]')!;
  let checks: CheckResults = {};
  let snapshot: WizardSnapshot;
  let drawing = Promise.resolve();
  let ticket = 0;
  let results: Promise<ResultModule> | undefined;
  const loadResults = (): Promise<ResultModule> => (results ??= import('./wizard-result-render'));
  /** The summary last copied with its report link: kept through redraws until the step changes. */
  let copied: { url: string; text: string } | undefined;

  function say(message: string): void {
    live.textContent = '';
    win.setTimeout(() => (live.textContent = message), 50);
  }

  /** Set when a new step is shown: the next finished drawing moves focus to its heading. */
  let arrived = false;

  /**
   * What the result on screen was drawn from (src/wizard/rank.ts `resultSignature`). A static
   * result page was drawn from its answers alone; while the live findings change nothing on it,
   * the result words are not loaded at all.
   */
  let drawnResult = '';
  /** The question and the answers list on screen, as drawn: a finding that changes nothing on them redraws nothing. */
  let drawnQuestion = '';
  let drawnAnswered = '';

  async function paint(): Promise<void> {
    const mine = ++ticket;
    const view = wizardView(snapshot);
    const step = view.step;
    const shownBefore = root!.dataset.step;
    if (step.kind === 'question') {
      const drawn = JSON.stringify([step, view.answered]);
      if (arrived || drawn !== drawnQuestion) renderQuestion(doc, root!, step);
      drawnQuestion = drawn;
    } else {
      drawnQuestion = '';
      const { answers, checks: found } = snapshot.context;
      const signature = resultSignature(step.step, answers, found);
      if (root!.dataset.step !== step.step || signature !== drawnResult) {
        let m: ResultModule;
        try {
          m = await loadResults();
        } catch {
          // The result's words could not be loaded (offline?): the static result page has them.
          results = undefined;
          const url = stepUrl(step.step, answers);
          if (mine === ticket && url !== here()) win.location.assign(url);
          return;
        }
        if (mine !== ticket) return; // A newer step was chosen meanwhile.
        body!.replaceChildren(m.buildResult(doc, step.step, answers, found, copied?.url === here() ? copied.text : undefined));
        doc.title = `${m.pageTitle(step.step)} · ${site.siteName}`;
        drawnResult = signature;
        // A finding that changed the result while it was on screen: say so (focus stays put).
        if (!arrived && shownBefore !== step.step) say(m.resultChanged(step.step));
      }
      addCopyButton(doc, body!);
      // For a report made later on /check/ (src/wizard/last-result.ts).
      if (answers.length) saveLastWizard(() => win.localStorage, answers, step.step, Date.now());
    }
    root!.dataset.step = step.step;
    const answered = JSON.stringify(view.answered);
    if (answered !== drawnAnswered) renderAnswered(doc, root!, view.answered);
    drawnAnswered = answered;
    if (view.pageTitle) doc.title = `${view.pageTitle} · ${site.siteName}`;
    if (!arrived) return;
    arrived = false;
    // Focus alone announces the new step (a result's heading starts "Most likely cause: …"), once.
    root!.querySelector<HTMLElement>('#wizard-heading')?.focus();
  }

  function draw(): Promise<void> {
    drawing = paint();
    return drawing;
  }

  function arrive(next: WizardSnapshot): void {
    snapshot = next;
    arrived = true;
    copied = undefined;
    void draw();
  }

  /** Only a damaged link needs these words, so they load when one is opened. */
  let noticeTicket = 0;
  function showNotice(problem: RestoreProblem | null): void {
    const mine = ++noticeTicket;
    notice.textContent = '';
    if (!problem) return;
    void import('../wizard/notices').then(({ NOTICE_COPY }) => {
      if (mine !== noticeTicket) return; // the visitor has moved on
      // The alert region is always there: text put into it is announced.
      notice.textContent = `${NOTICE_COPY.problems[problem]} ${NOTICE_COPY.restart}`;
    });
  }

  const here = (): string => win.location.pathname + win.location.search;
  const urlOf = (s: WizardSnapshot): string => stepUrl(stepOf(s), s.context.answers);

  /** The state the current URL stands for; a damaged URL becomes a notice and the first question. */
  function fromLocation(): WizardSnapshot {
    const restored = restoreUrl(win.location.pathname, win.location.search, checks);
    if (restored.ok) {
      // An older `?a=` link moves to the answer path's own address.
      if (win.location.search && restored.snapshot.context.answers.length) win.history.replaceState(null, '', urlOf(restored.snapshot));
      return restored.snapshot;
    }
    showNotice(restored.problem);
    win.history.replaceState(null, '', stepUrl(INITIAL_STEP));
    return startAt(INITIAL_STEP, checks);
  }

  /** Move to a new step as a new history entry (unless it is where we are already). */
  function go(next: WizardSnapshot): void {
    showNotice(null);
    const url = urlOf(next);
    if (url === here()) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    arrive(next);
    // Warm the result words while the visitor reads this question (after an interaction only).
    void loadResults().catch(() => (results = undefined));
  }

  root.addEventListener('click', (e) => {
    const target = e.target as Element;
    const copy = target.closest('button[data-copy-summary]');
    if (copy instanceof HTMLButtonElement) return void copySummary(copy);
    const link = target.closest('a');
    if (!link || !plainClick(e)) return;
    const choice = link.dataset.answer;
    if (choice !== undefined) {
      const next = answer(snapshot, choice);
      if (!next) return;
      e.preventDefault();
      return go(next);
    }
    if (link.hasAttribute('data-change') || link.hasAttribute('data-restart')) {
      const url = new URL(link.href);
      const restored = restoreUrl(url.pathname, url.search, checks);
      if (!restored.ok) return; // Let the browser follow it.
      e.preventDefault();
      go(restored.snapshot);
    }
  });

  root.addEventListener('submit', (e) => {
    const form = e.target as HTMLFormElement;
    if (!form.matches('[data-paste]')) return;
    e.preventDefault();
    // The paste box's code and the catalog load on first use (./wizard-paste.ts). If they cannot
    // (offline?), the form's own action searches the pasted words.
    import('./wizard-paste')
      .then((m) =>
        m.followPaste(form, win, {
          canContinue: (id) => answer(snapshot, id) !== undefined,
          continueWith: (id) => go(answer(snapshot, id)!),
          say,
        }),
      )
      .catch(() => form.submit());
  });

  const summaryNow = (m: ResultModule): Promise<string> =>
    m.summaryWithReport(stepOf(snapshot), snapshot.context.answers, snapshot.context.checks, win);

  async function copySummary(button: HTMLButtonElement): Promise<void> {
    const url = here();
    const m = await loadResults();
    const text = await summaryNow(m);
    if (url !== here()) return; // The visitor moved on meanwhile.
    copied = { url, text };
    await m.copySummary(button, text, doc, win);
  }

  win.addEventListener('popstate', () => {
    // A jump to an anchor (the skip link) is a history entry too; only a new step is a change.
    if (here() === urlOf(snapshot)) return;
    showNotice(null);
    arrive(fromLocation());
  });

  /** Redraw after a check result without losing the visitor's place: focus and typed text stay. */
  async function redraw(): Promise<void> {
    const active = doc.activeElement;
    const selector =
      active instanceof HTMLElement && root!.contains(active)
        ? active.dataset.answer !== undefined
          ? `[data-answer="${CSS.escape(active.dataset.answer)}"]`
          : active.id
            ? `#${CSS.escape(active.id)}`
            : null
        : null;
    const typed = root!.querySelector<HTMLTextAreaElement>('#wizard-paste-text')?.value;
    await draw();
    const paste = root!.querySelector<HTMLTextAreaElement>('#wizard-paste-text');
    if (typed && paste && !paste.value) paste.value = typed;
    if (selector && !root!.contains(doc.activeElement)) root!.querySelector<HTMLElement>(selector)?.focus();
    // A summary already copied stays as it was copied: what is shown is what is on the clipboard.
  }

  function receiveCheck(result: CheckResult): void {
    if (!isCheckResult(result)) return;
    checks = { ...checks, [result.id]: result };
    snapshot = withCheck(snapshot, result);
    void redraw();
  }
  doc.addEventListener(CHECK_RESULT_EVENT, (e) => receiveCheck((e as CustomEvent<unknown>).detail as CheckResult));

  snapshot = fromLocation();
  if (root.dataset.step && resultMeta(root.dataset.step)) drawnResult = resultSignature(root.dataset.step, snapshot.context.answers, {});
  void draw();

  return {
    step: () => stepOf(snapshot),
    answers: () => snapshot.context.answers,
    receiveCheck,
    settled: () => drawing,
  };
}
