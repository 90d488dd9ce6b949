/**
 * /check/'s page-level view: finding its parts once, and showing the run's progress, the final
 * verdict, the wizard note and the restart check's return link. Row-level rendering is in
 * ./check-render.ts; state and wiring in ./check-page.ts.
 */
import type { CheckResult } from '../checks/types';
import { humanDuration } from '../common/time-words';
import { safeHttpUrl } from '../checks/util';
import type { CauseSlug } from '../config/causes';
import { CHECK_IDS, type CheckId } from '../config/checks';
import type { LastWizard } from '../report/last-wizard';
import { fill } from '../common/fill';
import { markRunning, renderAttention, type PageSpeech } from './check-render';
import { maker } from './dom';

/** The page's elements, found once (the markup is static; src/pages/check.astro). */
export interface CheckPageParts {
  readonly panel: HTMLElement;
  readonly list: HTMLElement;
  readonly rows: ReadonlyMap<CheckId, HTMLElement>;
  readonly progress: HTMLProgressElement | null;
  readonly progressText: HTMLElement | null;
  readonly rerun: HTMLButtonElement | null;
  readonly copyReport: HTMLButtonElement | null;
  readonly shareLink: HTMLButtonElement | null;
  readonly shareOutput: HTMLElement | null;
  readonly shareInput: HTMLInputElement | null;
  readonly wizardNote: HTMLElement | null;
  readonly returnBox: HTMLElement | null;
  readonly returnLink: HTMLAnchorElement | null;
  readonly copyReturn: HTMLButtonElement | null;
  /** The cause names the page shows, for the report text. */
  readonly causeLabels: Partial<Record<CauseSlug, string>>;
  /** What the page says, in its language. */
  readonly speech: PageSpeech;
}

export function findParts(doc: Document, speech: PageSpeech): CheckPageParts | undefined {
  const panel = doc.querySelector<HTMLElement>('[data-check-panel]');
  const list = doc.querySelector<HTMLElement>('[data-check-list]');
  if (!panel || !list) return undefined;
  const rows = new Map<CheckId, HTMLElement>();
  for (const id of CHECK_IDS) {
    const row = list.querySelector<HTMLElement>(`[data-check="${id}"]`);
    if (row) rows.set(id, row);
  }
  const button = (action: string, within: ParentNode = panel) => within.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  const shareOutput = panel.querySelector<HTMLElement>('[data-share-output]');
  const returnBox = doc.querySelector<HTMLElement>('[data-persist-return]');
  const causeLabels: Partial<Record<CauseSlug, string>> = {};
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[data-cause]'))
    causeLabels[a.dataset.cause as CauseSlug] = a.textContent?.trim() ?? '';
  return {
    panel,
    list,
    rows,
    progress: panel.querySelector('progress'),
    progressText: panel.querySelector('[data-progress-text]'),
    rerun: button('rerun'),
    copyReport: button('copy-report'),
    shareLink: button('share-link'),
    shareOutput,
    shareInput: shareOutput?.querySelector('input') ?? null,
    wizardNote: panel.querySelector('[data-wizard-note]'),
    returnBox,
    returnLink: returnBox?.querySelector('[data-return-link]') ?? null,
    copyReturn: button('copy-return', doc),
    causeLabels,
    speech,
  };
}

/** aria-disabled rather than disabled: a disabled button drops keyboard focus mid-run. */
export function showBusy(parts: CheckPageParts, busy: boolean): void {
  for (const b of [parts.rerun, parts.copyReport, parts.shareLink]) b?.setAttribute('aria-disabled', String(busy));
  parts.list.setAttribute('aria-busy', String(busy));
}

/** "Checking… 3 of 9 done", on the bar and in words. */
export function showProgress(parts: CheckPageParts, done: number): void {
  if (parts.progress) parts.progress.value = done;
  if (parts.progressText) parts.progressText.textContent = fill(parts.speech.words.progress, { done, total: parts.rows.size });
}

/** Every row back to "Checking…", the old share link hidden. */
export function showStart(parts: CheckPageParts): void {
  if (parts.shareOutput) parts.shareOutput.hidden = true;
  for (const row of parts.rows.values()) markRunning(row, parts.speech);
  showProgress(parts, 0);
}

/** The restart check's return link, shown only when it is a safe link. */
export function showReturnLink(parts: CheckPageParts, result: CheckResult, origin: string): void {
  const href = result.data?.returnUrl ? safeHttpUrl(result.data.returnUrl, origin) : undefined;
  if (!parts.returnBox || !parts.returnLink) return;
  parts.returnBox.hidden = !href;
  if (href) parts.returnLink.href = href;
}

/**
 * The summary line when all are done: how long it took, then what needs attention, worst first,
 * each a link to its card (the counts are on the cards). Returns the words to announce.
 */
export function showFinished(parts: CheckPageParts, results: readonly CheckResult[], ms: number): string {
  parts.list.dataset.runMs = String(Math.round(ms));
  const attention = maker(parts.list.ownerDocument)('span', { class: 'check-attention' });
  const { words } = parts.speech;
  const line = `${fill(words.allDone, { count: results.length })}${renderAttention(attention, results, parts.speech)}`;
  parts.progressText?.replaceChildren(fill(words.allDoneIn, { count: results.length, seconds: (ms / 1000).toFixed(1) }), attention);
  return line;
}

/** Whether (and from how long ago) a report made now would include the wizard's answers. */
export function showWizardNote(parts: CheckPageParts, last: LastWizard | undefined, now: number): void {
  if (!parts.wizardNote) return;
  parts.wizardNote.hidden = !last;
  const { words, locale } = parts.speech;
  parts.wizardNote.textContent = last ? fill(words.wizardNote, { duration: humanDuration(now - last.at, locale) }) : '';
}
