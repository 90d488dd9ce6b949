/** Showing one check's state in its row on /check/ (`li[data-check]`). Text only: never HTML. */
import type { CheckData, CheckLink, CheckResult } from '../checks/types';
import { humanDuration, plural } from '../common/time-words';
import { safeHttpUrl } from '../checks/util';
import { checkAnchor } from '../config/checks';
import { pageCheckWords } from './check-words';
import { STATUS_ICONS, STATUS_WORDS } from '../report/status-words';
import { maker } from './dom';

function part<T extends HTMLElement>(row: HTMLElement, selector: string): T | null {
  return row.querySelector<T>(selector);
}

export function markRunning(row: HTMLElement): void {
  row.setAttribute('aria-busy', 'true');
  row.removeAttribute('data-status');
  const word = part(row, '.check-word');
  if (word) word.textContent = 'Checking…';
  const icon = part(row, '.check-icon');
  if (icon) icon.textContent = '…';
  const summary = part(row, '.check-summary');
  if (summary) summary.textContent = '';
}

function renderLinks(list: HTMLElement, links: readonly CheckLink[], origin: string): void {
  const h = maker(list.ownerDocument);
  list.replaceChildren(
    ...links.flatMap((link) => {
      const href = safeHttpUrl(link.href, origin);
      if (!href) return [];
      const rel: Record<string, string> = new URL(href).origin !== origin ? { rel: 'noopener noreferrer' } : {};
      return [h('li', null, h('a', { href, ...rel }, link.label))];
    }),
  );
  list.hidden = list.childElementCount === 0;
}

export function renderResult(row: HTMLElement, result: CheckResult, origin: string): void {
  row.removeAttribute('aria-busy');
  row.dataset.status = result.status;
  const icon = part(row, '.check-icon');
  if (icon) icon.textContent = STATUS_ICONS[result.status];
  const word = part(row, '.check-word');
  if (word) word.textContent = STATUS_WORDS[result.status];
  const summary = part(row, '.check-summary');
  if (summary) summary.textContent = result.summary;
  const detail = part(row, '.check-detail');
  if (detail) {
    detail.textContent = result.detail;
    detail.hidden = false;
  }
  const links = part(row, '.check-links');
  if (links)
    renderLinks(
      links,
      (result.links ?? []).filter((l) => l.href !== result.data?.returnUrl),
      origin,
    );
}

/** The measured fact the summary line names after a check's label, e.g. " — 2 hours behind" or " — 3 years old" ('' for most checks). */
export function measuredFact({ skewSeconds: s, browserAgeDays: d }: CheckData = {}): string {
  if (s) return ` — ${humanDuration(s * 1000)} ${s > 0 ? 'ahead' : 'behind'}`;
  return d ? ` — ${d < 730 ? plural(Math.round(d / 30), 'month') : plural(Math.round(d / 365), 'year')} old` : '';
}

/**
 * The summary line's verdict: "Needs attention: Browser version — 3 years old; Device clock — 2
 * hours behind." Problems first, then warnings (each in page order, a link to its card), or
 * plainly "Nothing needs attention."; then how many could not tell. Returns the words, to announce.
 */
export function renderAttention(el: HTMLElement, results: readonly CheckResult[]): string {
  const worst = (['problem', 'warning'] as const).flatMap((status) => results.filter((r) => r.status === status));
  const unknown = results.filter((r) => r.status === 'unknown').length;
  el.replaceChildren(worst.length ? 'Needs attention: ' : 'Nothing needs attention.');
  const h = maker(el.ownerDocument);
  const names = pageCheckWords(el.ownerDocument);
  worst.forEach((r, i) => {
    const a = h('a', { href: `#${checkAnchor(r.id)}` }, names[r.id].label + measuredFact(r.data));
    el.append(i ? '; ' : '', a, i < worst.length - 1 ? '' : '.');
  });
  if (unknown) el.append(` ${plural(unknown, 'check')} could not tell.`);
  return el.textContent ?? '';
}
