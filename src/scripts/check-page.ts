/**
 * /check/: runs every live check on load with visible progress, shows each result as it comes,
 * "Check again" re-runs them (to confirm a fix worked), and the report can be copied as text or
 * shared as a /report/#… link.
 */
import { browserEnv, type BrowserWindow } from '../checks/browser-env';
import { runChecks } from '../checks/run';
import { saveResults } from '../checks/saved';
import type { CheckResult } from '../checks/types';
import type { CauseSlug } from '../config/causes';
import { CHECK_IDS, type CheckId } from '../config/checks';
import { site } from '../config/site';
import { reportFromResults, reportToText } from '../report/build';
import { encodeReport } from '../report/format';
import { announce, copyText, flashLabel } from './clipboard';
import { markRunning, renderAttention, renderResult, safeHref } from './check-render';

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
  const causeLabels: Partial<Record<CauseSlug, string>> = {};
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[data-cause]')) causeLabels[a.dataset.cause as CauseSlug] = a.textContent?.trim() ?? '';

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
    latest = await runChecks(browserEnv(win), {
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

  const report = () => reportFromResults(latest, { now: win.Date.now() });
  const shareUrl = () => `${win.location.origin}/report/#${encodeReport(report())}`;

  rerun?.addEventListener('click', () => void run());

  copyReport?.addEventListener('click', async () => {
    if (!ready()) return;
    const text = reportToText(report(), { siteName: site.siteName, origin: win.location.origin, causeLabels, link: shareUrl(), results: latest });
    const ok = await copyText(text, win);
    flashLabel(copyReport, ok ? 'Copied' : 'Copy failed');
    announce(ok ? 'Report copied as text' : 'Could not copy. Use Share link and copy the link shown.', doc);
  });

  shareLink?.addEventListener('click', async () => {
    if (!ready()) return;
    const url = shareUrl();
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
