/**
 * /check/: runs every live check on load with visible progress, shows each result as it comes,
 * "Check again" re-runs them (to confirm a fix worked), and the report can be copied as text or
 * shared as a /report/#… link (with the visitor's latest wizard answers on this device). The
 * report's code loads on the first copy or share (./check-report.ts).
 */
import { browserEnv, type BrowserWindow } from '../checks/browser-env';
import { networkLogFor } from '../checks/browser-network-log';
import { runChecks } from '../checks/run';
import { saveResults } from '../checks/saved';
import type { CheckResult } from '../checks/types';
import type { CauseSlug } from '../config/causes';
import { CHECK_IDS, type CheckId } from '../config/checks';
import { WIZARD_ANSWERS_MAX_AGE_MS } from '../config/report';
import { humanDuration } from '../checks/util';
import { readLastWizard } from '../report/last-wizard';
import { announce, copyText, flashLabel } from './clipboard';
import { markRunning, renderAttention, renderResult, safeHref } from './check-render';

type ReportModule = typeof import('./check-report');

export function initCheckPage(doc: Document, win: BrowserWindow): void {
  const panel = doc.querySelector<HTMLElement>('[data-check-panel]');
  const found = doc.querySelector<HTMLElement>('[data-check-list]');
  if (!panel || !found) return;
  const list: HTMLElement = found;
  const rows = new Map<CheckId, HTMLElement>();
  for (const id of CHECK_IDS) {
    const row = list.querySelector<HTMLElement>(`[data-check="${id}"]`);
    if (row) rows.set(id, row);
  }
  const progress = panel.querySelector<HTMLProgressElement>('progress');
  const progressText = panel.querySelector<HTMLElement>('[data-progress-text]');
  const button = (action: string) => panel.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  const rerun = button('rerun');
  const copyReport = button('copy-report');
  const shareLink = button('share-link');
  const shareOutput = panel.querySelector<HTMLElement>('[data-share-output]');
  const shareInput = shareOutput?.querySelector('input');
  const wizardNote = panel.querySelector<HTMLElement>('[data-wizard-note]');
  const causeLabels: Partial<Record<CauseSlug, string>> = {};
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[data-cause]'))
    causeLabels[a.dataset.cause as CauseSlug] = a.textContent?.trim() ?? '';

  panel.hidden = false;
  for (const note of doc.querySelectorAll('[data-js-off]')) note.remove();
  let latest: CheckResult[] = [];
  let running = false;

  // aria-disabled rather than disabled: a disabled button drops keyboard focus mid-run.
  const setBusy = (busy: boolean) => {
    running = busy;
    for (const b of [rerun, copyReport, shareLink]) b?.setAttribute('aria-disabled', String(busy));
    list.setAttribute('aria-busy', String(busy));
  };
  const ready = (): boolean => {
    if (running || latest.length === 0) announce('The checks are still running. Try again when they are done.', doc);
    return !running && latest.length > 0;
  };

  const showReturnLink = (result: CheckResult) => {
    const box = doc.querySelector<HTMLElement>('[data-persist-return]');
    const link = box?.querySelector<HTMLAnchorElement>('[data-return-link]');
    const href = result.data?.returnUrl ? safeHref(result.data.returnUrl, win.location.origin) : undefined;
    if (!box || !link) return;
    box.hidden = !href;
    if (href) link.href = href;
  };

  async function run(): Promise<void> {
    if (running) return;
    setBusy(true);
    if (shareOutput) shareOutput.hidden = true;
    for (const row of rows.values()) markRunning(row);
    let done = 0;
    if (progress) progress.value = 0;
    if (progressText) progressText.textContent = `Checking… 0 of ${rows.size} done`;
    announce('Checking your browser…', doc);
    const started = win.performance.now();
    // The environment is read afresh each run: online state, config and the page URL may have changed.
    latest = await runChecks(browserEnv(win, networkLogFor(win)), {
      onResult: (result) => {
        const row = rows.get(result.id);
        if (row) {
          renderResult(row, result, win.location.origin);
          row.dataset.ms = String(Math.round(win.performance.now() - started)); // when it finished, for measurements
        }
        if (result.id === 'persistence') showReturnLink(result);
        done++;
        if (progress) progress.value = done;
        if (progressText) progressText.textContent = `Checking… ${done} of ${rows.size} done`;
      },
    });
    try {
      saveResults(win.localStorage, latest, win.Date.now(), win.navigator.userAgent); // for the wizard
    } catch {
      // Storage blocked: the wizard asks instead.
    }
    const seconds = (win.performance.now() - started) / 1000;
    list.dataset.runMs = String(Math.round(seconds * 1000));
    // What needs attention, worst first, each a link to its card; the counts are on the cards.
    const attention = doc.createElement('span');
    attention.className = 'check-attention';
    const line = `All ${latest.length} checks done. ${renderAttention(attention, latest)}`;
    progressText?.replaceChildren(`All ${latest.length} checks done in ${seconds.toFixed(1)} s. `, attention);
    setBusy(false);
    announce(line, doc);
  }

  /** The wizard's answers a report made now would include (none when stale, damaged or blocked). */
  const lastWizard = () => readLastWizard(() => win.localStorage, win.Date.now(), WIZARD_ANSWERS_MAX_AGE_MS);
  const showWizardNote = () => {
    const last = lastWizard();
    if (!wizardNote) return;
    wizardNote.hidden = !last;
    wizardNote.textContent = last ? `The report will include your wizard answers from ${humanDuration(win.Date.now() - last.at)} ago.` : '';
  };
  showWizardNote();

  let reportCode: Promise<ReportModule> | undefined;
  /** The report as it is now, its code loaded on first use; undefined (and said) if it cannot load. */
  const report = async () => {
    try {
      const { checkReport, loadWords } = await (reportCode ??= import('./check-report'));
      const last = lastWizard();
      const words = last ? await loadWords((input) => win.fetch(input)) : undefined;
      showWizardNote();
      return checkReport(latest, win.location.origin, win.Date.now(), causeLabels, words, last);
    } catch {
      reportCode = undefined; // offline? a later click tries again
      announce('The report could not be made: this page could not load a part of itself. Check your connection and try again.', doc);
      return undefined;
    }
  };

  rerun?.addEventListener('click', () => void run());

  copyReport?.addEventListener('click', async () => {
    if (!ready()) return;
    const made = await report();
    if (!made) return;
    const ok = await copyText(made.text, win);
    flashLabel(copyReport, ok ? 'Copied' : 'Copy failed');
    announce(ok ? 'Report copied as text' : 'Could not copy. Use Share link and copy the link shown.', doc);
  });

  shareLink?.addEventListener('click', async () => {
    if (!ready()) return;
    const made = await report();
    if (!made) return;
    const url = made.link;
    if (shareOutput && shareInput) {
      shareInput.value = url;
      shareOutput.hidden = false;
    }
    const ok = await copyText(url, win);
    flashLabel(shareLink, ok ? 'Link copied' : 'Copy it below');
    announce(ok ? 'Report link copied' : 'Could not copy. The link is shown below the buttons, selected.', doc);
    if (!ok) shareInput?.select();
  });

  doc.querySelector<HTMLButtonElement>('[data-action="copy-return"]')?.addEventListener('click', async (event) => {
    const target = event.currentTarget as HTMLButtonElement;
    const href = doc.querySelector<HTMLAnchorElement>('[data-return-link]')?.href ?? '';
    const ok = await copyText(href, win);
    flashLabel(target, ok ? 'Copied' : 'Copy failed');
    announce(ok ? 'Return link copied' : 'Could not copy. Bookmark the return link instead.', doc);
  });

  void run();
}
