/**
 * The wizard with JavaScript: the static page is taken over in place and driven by the same
 * machine. Answers so far live in the URL (`?a=…`), each answer is a history entry, Back and
 * Forward replay the answers, and a damaged link gives a notice and a fresh start.
 *
 * Live check results arrive as `shc:check-result` events on the document (see
 * src/wizard/check-events.ts), or through the returned controller's `receiveCheck`.
 */
import type { CheckResult } from '../checks/types';
import { site } from '../config/site';
import { CHECK_RESULT_EVENT, isCheckResult } from '../wizard/check-events';
import { WIZARD_COPY } from '../wizard/copy';
import { supportSummary } from '../wizard/explain';
import { stepUrl } from '../wizard/path';
import { answer, restore, startAt, stepOf, withCheck, type RestoreProblem, type WizardSnapshot } from '../wizard/session';
import { INITIAL_STEP, resultMeta, stepFromPath } from '../wizard/steps';
import type { AnswerRecord, CheckResults } from '../wizard/types';
import { wizardView } from '../wizard/view';
import { announce, copyText, flashLabel } from './clipboard';
import { fillResult, renderAnswered, renderQuestion } from './wizard-render';

export interface WizardController {
  /** The state shown now (a question or result id). */
  step(): string;
  /** The answers so far, as they appear in the URL. */
  answers(): readonly AnswerRecord[];
  /** Take a live check result into account: a question it settles is shown as "We detected …". */
  receiveCheck(result: CheckResult): void;
  /** Resolves when the latest change has been drawn (a result may need its words loaded first). */
  settled(): Promise<void>;
}

/** A plain left click the page may take over (not a new tab, window or download). */
const plainClick = (e: MouseEvent): boolean =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;

type BuildResult = (doc: Document, step: string) => HTMLElement;

export function enhanceWizard(doc: Document, win: Window): WizardController | null {
  const root = doc.querySelector<HTMLElement>('[data-wizard]');
  const body = root?.querySelector<HTMLElement>('[data-wizard-body]');
  if (!root || !body) return null;
  const notice = root.querySelector<HTMLElement>('[data-wizard-notice]')!;
  const live = root.querySelector<HTMLElement>('[data-wizard-live]')!;
  let checks: CheckResults = {};
  let snapshot: WizardSnapshot;
  /** The step the body shows now: at first, the static page's own. */
  let shown = root.dataset.step;
  let drawing = Promise.resolve();
  let ticket = 0;
  let builder: Promise<BuildResult> | undefined;
  const loadBuilder = (): Promise<BuildResult> =>
    (builder ??= import('./wizard-result-render').then((m) => m.buildResult));

  const summary = (): string =>
    supportSummary(stepOf(snapshot), snapshot.context.answers, snapshot.context.checks, win.location.origin);

  function say(message: string): void {
    live.textContent = '';
    win.setTimeout(() => (live.textContent = message), 50);
  }

  /** Set when a new step is shown: the next finished drawing moves focus to it (and announces a result). */
  let arrived = false;

  async function paint(): Promise<void> {
    const mine = ++ticket;
    const view = wizardView(snapshot);
    const step = view.step;
    if (step.kind === 'question') renderQuestion(doc, root!, step);
    else if (shown !== step.step) {
      let build: BuildResult;
      try {
        build = await loadBuilder();
      } catch {
        // The result's words could not be loaded (offline?): the static result page has them.
        builder = undefined;
        win.location.assign(stepUrl(step.step, snapshot.context.answers));
        return;
      }
      if (mine !== ticket) return; // A newer step was chosen meanwhile.
      body!.replaceChildren(build(doc, step.step));
    }
    shown = root!.dataset.step = step.step;
    renderAnswered(doc, root!, view);
    if (step.kind === 'result') fillResult(doc, body!, step, summary());
    doc.title = `${view.pageTitle} · ${site.siteName}`;
    if (!arrived) return;
    arrived = false;
    root!.querySelector<HTMLElement>('#wizard-heading')?.focus();
    if (step.kind === 'result') say(WIZARD_COPY.resultAnnounce(step.title));
  }

  function draw(): Promise<void> {
    drawing = paint();
    return drawing;
  }

  function arrive(next: WizardSnapshot): void {
    snapshot = next;
    arrived = true;
    void draw();
  }

  function showNotice(problem: RestoreProblem | null): void {
    notice.hidden = problem === null;
    notice.textContent = problem ? `${WIZARD_COPY.notices[problem]} ${WIZARD_COPY.noticeRestart}` : '';
  }

  /** The state the current URL stands for; a damaged URL becomes a notice and the first question. */
  function fromLocation(): WizardSnapshot {
    const pageStep = stepFromPath(win.location.pathname) ?? root!.dataset.step ?? INITIAL_STEP;
    const restored = restore(pageStep, win.location.search, checks);
    if (restored.ok) return restored.snapshot;
    showNotice(restored.problem);
    win.history.replaceState(null, '', stepUrl(INITIAL_STEP));
    return startAt(INITIAL_STEP, checks);
  }

  const here = (): string => win.location.pathname + win.location.search;

  /** Move to a new step as a new history entry (unless it is where we are already). */
  function go(next: WizardSnapshot): void {
    showNotice(null);
    const url = stepUrl(stepOf(next), next.context.answers);
    if (url === here()) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    arrive(next);
    // Warm the result words while the visitor reads this question (after an interaction only).
    void loadBuilder().catch(() => (builder = undefined));
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
      const step = stepFromPath(url.pathname);
      const restored = step ? restore(step, url.search, checks) : null;
      if (!restored?.ok) return; // Let the browser follow it.
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
        m.followPaste(form, win, { canContinue: (id) => answer(snapshot, id) !== undefined, continueWith: (id) => go(answer(snapshot, id)!), say }),
      )
      .catch(() => form.submit());
  });

  /** The summary plus a /report/#… link (its code loads on first use; without it, the summary alone). */
  async function summaryWithReport(): Promise<string> {
    try {
      const { wizardReportLink } = await import('./wizard-report');
      const step = stepOf(snapshot);
      const link = wizardReportLink(win.location.origin, snapshot.context.answers, snapshot.context.checks, resultMeta(step) ? step : undefined, Date.now());
      return `${summary()}\n\n${WIZARD_COPY.reportLink} ${link}`;
    } catch {
      return summary();
    }
  }

  async function copySummary(button: HTMLButtonElement): Promise<void> {
    const text = await summaryWithReport();
    // What is shown is what is copied.
    const shown = root!.querySelector<HTMLTextAreaElement>('#wizard-summary');
    if (shown) shown.value = text;
    const ok = await copyText(text, win);
    flashLabel(button, ok ? WIZARD_COPY.copied : WIZARD_COPY.copyFailed);
    announce(ok ? WIZARD_COPY.copied : WIZARD_COPY.copyFailed, doc);
    if (!ok) root!.querySelector<HTMLTextAreaElement>('#wizard-summary')?.select();
  }

  win.addEventListener('popstate', () => {
    // A jump to an anchor (the skip link) is a history entry too; only a new step is a change.
    if (here() === stepUrl(stepOf(snapshot), snapshot.context.answers)) return;
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
            : active.matches('[data-copy-summary]')
              ? '[data-copy-summary]'
              : null
        : null;
    const typed = root!.querySelector<HTMLTextAreaElement>('#wizard-paste-text')?.value;
    await draw();
    const paste = root!.querySelector<HTMLTextAreaElement>('#wizard-paste-text');
    if (typed && paste) paste.value = typed;
    if (selector) root!.querySelector<HTMLElement>(selector)?.focus();
  }

  function receiveCheck(result: CheckResult): void {
    if (!isCheckResult(result)) return;
    checks = { ...checks, [result.id]: result };
    snapshot = withCheck(snapshot, result);
    void redraw();
  }
  doc.addEventListener(CHECK_RESULT_EVENT, (e) => receiveCheck((e as CustomEvent<unknown>).detail as CheckResult));

  snapshot = fromLocation();
  void draw();

  return {
    step: () => stepOf(snapshot),
    answers: () => snapshot.context.answers,
    receiveCheck,
    settled: () => drawing,
  };
}
