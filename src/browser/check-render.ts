/** Showing one check's state in its row on /check/ (`li[data-check]`). Text only: never HTML. */
import type { CheckData, CheckLink, CheckResult, CheckStatus } from '../checks/types';
import { humanDuration, unitWords } from '../common/time-words';
import type { Locale } from '../config/locales';
import { safeHttpUrl } from '../checks/util';
import { checkAnchor } from '../config/checks';
import { pageCheckWords } from './check-words';
import { pageFactsEn, type CheckPageBrowserWords } from '../i18n/checks/page-browser-en';
import { fill } from '../common/fill';
import { maker } from './dom';

/**
 * The status glyphs, the same as /report/'s (STATUS_ICONS in src/report/status-words.ts; a unit
 * test holds them equal). Not imported from there: that module shares a file with the report
 * code, which /check/ then loaded up front for four characters.
 */
export const ROW_ICONS: Readonly<Record<CheckStatus, string>> = { ok: '✓', warning: '!', problem: '✗', unknown: '?' };

function part<T extends HTMLElement>(row: HTMLElement, selector: string): T | null {
  return row.querySelector<T>(selector);
}

/** The page's words and language. */
export interface PageSpeech {
  readonly words: CheckPageBrowserWords;
  readonly locale: Locale;
}

export function markRunning(row: HTMLElement, { words }: PageSpeech): void {
  row.setAttribute('aria-busy', 'true');
  row.removeAttribute('data-status');
  const word = part(row, '.check-word');
  if (word) word.textContent = words.checking;
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

export function renderResult(row: HTMLElement, result: CheckResult, origin: string, { words }: PageSpeech): void {
  row.removeAttribute('aria-busy');
  row.dataset.status = result.status;
  const icon = part(row, '.check-icon');
  if (icon) icon.textContent = ROW_ICONS[result.status];
  const word = part(row, '.check-word');
  if (word) word.textContent = words.status[result.status];
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
export function measuredFact(
  { skewSeconds: s, browserAgeDays: d }: CheckData = {},
  { words, locale }: { words: typeof pageFactsEn; locale: Locale } = { words: pageFactsEn, locale: 'en' },
): string {
  if (s) return fill(s > 0 ? words.ahead : words.behind, { duration: humanDuration(s * 1000, locale) });
  const age = d && (d < 730 ? unitWords(Math.round(d / 30), 'month', locale) : unitWords(Math.round(d / 365), 'year', locale));
  return age ? fill(words.old, { age }) : '';
}

/**
 * The summary line's verdict: "Needs attention: Browser version — 3 years old; Device clock — 2
 * hours behind." Problems first, then warnings (each in page order, a link to its card), or
 * plainly "Nothing needs attention."; then how many could not tell. Returns the words, to announce.
 */
export function renderAttention(el: HTMLElement, results: readonly CheckResult[], speech: PageSpeech): string {
  const { words } = speech;
  const worst = (['problem', 'warning'] as const).flatMap((status) => results.filter((r) => r.status === status));
  const unknown = results.filter((r) => r.status === 'unknown').length;
  el.replaceChildren(worst.length ? words.needsAttention : words.nothingNeedsAttention);
  const h = maker(el.ownerDocument);
  const names = pageCheckWords(el.ownerDocument);
  worst.forEach((r, i) => {
    const a = h('a', { href: `#${checkAnchor(r.id)}` }, names[r.id].label + measuredFact(r.data, speech));
    el.append(i ? words.listJoin : '', a, i < worst.length - 1 ? '' : words.listEnd);
  });
  if (unknown) el.append(unknown === 1 ? words.oneUnknown : fill(words.manyUnknown, { count: unknown }));
  return el.textContent ?? '';
}
