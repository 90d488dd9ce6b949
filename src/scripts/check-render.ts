/** Showing one check's state in its row on /check/ (`li[data-check]`). Text only: never HTML. */
import type { CheckLink, CheckResult, CheckStatus } from '../checks/types';
import { STATUS_WORDS } from '../report/status-words';

export const STATUS_ICONS: Record<CheckStatus, string> = { ok: '✓', warning: '!', problem: '✗', unknown: '?' };

function part<T extends HTMLElement>(row: HTMLElement, selector: string): T | null {
  return row.querySelector<T>(selector);
}

/** A link is shown only if it is http(s) or on this site. */
export function safeHref(href: string, origin: string): string | undefined {
  try {
    const url = new URL(href, origin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
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
  const doc = list.ownerDocument;
  list.replaceChildren(
    ...links.flatMap((link) => {
      const href = safeHref(link.href, origin);
      if (!href) return [];
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.href = href;
      a.textContent = link.label;
      if (new URL(href).origin !== origin) a.rel = 'noopener noreferrer';
      li.append(a);
      return [li];
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
  if (links) renderLinks(links, (result.links ?? []).filter((l) => l.href !== result.data?.returnUrl), origin);
}
