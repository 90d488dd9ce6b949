/**
 * /check/: runs every live check on load with visible progress, shows each result as it comes,
 * "Check again" re-runs them (to confirm a fix worked), and the report can be copied as text or
 * shared as a /report/#… link (with the visitor's latest wizard answers on this device). The
 * report's code loads on the first copy or share (./check-report.ts). This file holds the page's
 * state and wiring; what it shows is drawn by ./check-page-view.ts and ./check-render.ts.
 */
import { browserEnv, pageLocale, type BrowserWindow } from '../checks/browser-env';
import { networkLogFor } from '../checks/browser-network-log';
import { runChecks } from '../checks/run';
import { saveResults } from '../checks/saved';
import type { CheckResult } from '../checks/types';
import { WIZARD_ANSWERS_MAX_AGE_MS } from '../config/report';
import { readLastWizard } from '../report/last-wizard';
import { announce, copyWithFeedback } from './clipboard';
import type { CheckReport } from './check-report';
import {
  findParts,
  showBusy,
  showFinished,
  showProgress,
  showReturnLink,
  showStart,
  showWizardNote,
  type CheckPageParts,
} from './check-page-view';
import { renderResult } from './check-render';
import { checkPageWords } from './check-page-words';

/** The page's one source of state. */
interface CheckPageState {
  /** The latest run's results, in display order (empty until the first run ends). */
  results: CheckResult[];
  running: boolean;
  /** The report code, loading or loaded (cleared when it failed, so a later click tries again). */
  reportCode?: Promise<typeof import('./check-report')> | undefined;
}

interface Page {
  readonly parts: CheckPageParts;
  readonly state: CheckPageState;
  readonly doc: Document;
  readonly win: BrowserWindow;
}

function setBusy(page: Page, busy: boolean): void {
  page.state.running = busy;
  showBusy(page.parts, busy);
}

/** Whether there are results to report; says so when not. */
function ready(page: Page): boolean {
  const { state, doc } = page;
  const ok = !state.running && state.results.length > 0;
  if (!ok) announce(page.parts.speech.words.stillRunning, doc);
  return ok;
}

async function run(page: Page): Promise<void> {
  const { parts, state, doc, win } = page;
  if (state.running) return;
  setBusy(page, true);
  showStart(parts);
  announce(parts.speech.words.checkingBrowser, doc);
  const started = win.performance.now();
  let done = 0;
  // The environment is read afresh each run: online state, config and the page URL may have changed.
  state.results = await runChecks(browserEnv(win, networkLogFor(win)), {
    onResult: (result) => {
      const row = parts.rows.get(result.id);
      if (row) {
        renderResult(row, result, win.location.origin, parts.speech);
        row.dataset.ms = String(Math.round(win.performance.now() - started)); // when it finished, for measurements
      }
      if (result.id === 'persistence') showReturnLink(parts, result, win.location.origin);
      showProgress(parts, ++done);
    },
  });
  try {
    saveResults(win.localStorage, state.results, win.Date.now(), win.navigator.userAgent, parts.speech.locale); // for the wizard
  } catch {
    // Storage blocked: the wizard asks instead.
  }
  const line = showFinished(parts, state.results, win.performance.now() - started);
  setBusy(page, false);
  announce(line, doc);
}

/** The wizard's answers a report made now would include (none when stale, damaged or blocked). */
const lastWizard = ({ win }: Page) => readLastWizard(() => win.localStorage, win.Date.now(), WIZARD_ANSWERS_MAX_AGE_MS);

/** The report as it is now, its code loaded on first use; undefined (and said) if it cannot load. */
async function report(page: Page): Promise<CheckReport | undefined> {
  const { parts, state, doc, win } = page;
  try {
    const { checkReport, loadWords } = await (state.reportCode ??= import('./check-report'));
    const last = lastWizard(page);
    const words = last ? await loadWords((input) => win.fetch(input)) : undefined;
    showWizardNote(parts, last, win.Date.now());
    return checkReport(state.results, win.location.origin, win.Date.now(), parts.causeLabels, words, last, parts.speech.locale);
  } catch {
    state.reportCode = undefined; // offline? a later click tries again
    announce(parts.speech.words.reportFailed, doc);
    return undefined;
  }
}

async function copyReport(page: Page, button: HTMLButtonElement): Promise<void> {
  const made = ready(page) ? await report(page) : undefined;
  if (!made) return;
  const w = page.parts.speech.words;
  const words = { copied: w.copied, failed: w.copyFailed, said: w.reportCopied, saidFailed: w.reportCopyFailed };
  await copyWithFeedback(button, made.text, words, page.win);
}

async function shareLink(page: Page, button: HTMLButtonElement): Promise<void> {
  const { shareOutput, shareInput } = page.parts;
  const made = ready(page) ? await report(page) : undefined;
  if (!made) return;
  if (shareOutput && shareInput) {
    shareInput.value = made.link;
    shareOutput.hidden = false;
  }
  const w = page.parts.speech.words;
  const words = { copied: w.linkCopied, failed: w.linkCopyBelow, said: w.linkCopiedSaid, saidFailed: w.linkCopyFailed };
  if (!(await copyWithFeedback(button, made.link, words, page.win))) shareInput?.select();
}

function wire(page: Page): void {
  const { rerun, copyReport: copyButton, shareLink: shareButton, copyReturn, returnLink } = page.parts;
  rerun?.addEventListener('click', () => void run(page));
  copyButton?.addEventListener('click', () => void copyReport(page, copyButton));
  shareButton?.addEventListener('click', () => void shareLink(page, shareButton));
  copyReturn?.addEventListener('click', () => {
    const w = page.parts.speech.words;
    const words = { copied: w.copied, failed: w.copyFailed, said: w.returnCopied, saidFailed: w.returnCopyFailed };
    void copyWithFeedback(copyReturn, returnLink?.href ?? '', words, page.win);
  });
}

export function initCheckPage(doc: Document, win: BrowserWindow): void {
  const words = checkPageWords(doc);
  const parts = words && findParts(doc, { words, locale: pageLocale(doc) });
  if (!parts) return;
  const page: Page = { parts, state: { results: [], running: false }, doc, win };
  parts.panel.hidden = false;
  for (const note of doc.querySelectorAll('[data-js-off]')) note.remove();
  showWizardNote(parts, lastWizard(page), win.Date.now());
  wire(page);
  void run(page);
}
