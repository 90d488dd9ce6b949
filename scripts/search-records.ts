/**
 * What goes into the search index, as Pagefind HTML records. Most pages are indexed whole (their
 * `data-pagefind-body`), with each h2/h3 section found by its anchor. Pages made of many
 * independent entries (FAQ answers, prevention checklist items, catalog messages) are split: each
 * entry becomes its own record whose URL is the entry's anchor (`/faq/#wrong-clock`). Indexed
 * as one long page they would be ranked as one long page, below every short article that shares
 * a word.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../src/config/locales.ts';

/** A page's address in a language (as src/common/locale-path.ts, which Node cannot load without a bundler). */
export const localizedPath = (locale: Locale, path: string): string => (locale === DEFAULT_LOCALE ? path : `/${locale}${path}`);

export interface IndexRecord {
  /** Result URL: a page path, or a path with the entry's anchor. */
  readonly url: string;
  /** HTML for Pagefind: one `data-pagefind-body` holding the text. */
  readonly html: string;
}

/** How to cut one page into entries. */
export interface SplitRule {
  /** Site path of the page, e.g. `/faq/`. */
  readonly path: string;
  /** Each entry's block. */
  readonly block: string;
  /** The element (inside the block, or the block itself) whose `id` is the entry's anchor. */
  readonly anchor: string | null;
  /** The element holding the entry's title. */
  readonly title: string;
}

const FAQ_RULE = { block: 'section.faq-answer', anchor: 'h2[id]', title: 'h2[id]' } as const;
const PREVENT_RULE = { block: 'ol.checklist > li[id]', anchor: null, title: 'strong' } as const;

/** The FAQ and the checklist are split in every language; the catalog exists in English only. */
export const SPLIT_RULES: readonly SplitRule[] = [
  ...LOCALES.flatMap((locale) => [
    { path: localizedPath(locale, '/faq/'), ...FAQ_RULE },
    { path: localizedPath(locale, '/prevent/'), ...PREVENT_RULE },
  ]),
  { path: '/messages/', block: 'section[data-message]', anchor: null, title: 'h3' },
];

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A standalone HTML document Pagefind indexes as one record. */
export function recordHtml(lang: string, title: string, bodyHtml: string, keywords: readonly string[]): string {
  const meta = keywords.length
    ? `<meta name="keywords" content="${escapeAttr(keywords.join(', '))}" data-pagefind-meta="keywords[content]">`
    : '';
  return `<!doctype html><html lang="${escapeAttr(lang)}"><head><title>${escapeText(title)}</title>${meta}</head><body><main data-pagefind-body><h1>${escapeText(title)}</h1>${bodyHtml}</main></body></html>`;
}

/**
 * The entries of a split page as records. Ids are removed inside each record, so an entry is
 * one hit that links to its own anchor, never to a sub-anchor of it.
 */
export function splitPage(html: string, rule: SplitRule, keywordsFor: (id: string) => readonly string[] = () => []): IndexRecord[] {
  const root = parse(html);
  const lang = root.querySelector('html')?.getAttribute('lang') ?? 'en';
  return root.querySelectorAll(rule.block).map((block) => {
    const anchorEl = rule.anchor ? block.querySelector(rule.anchor) : block;
    const id = anchorEl?.getAttribute('id');
    const titleEl = block.querySelector(rule.title);
    if (!id || !titleEl) throw new Error(`${rule.path}: an entry (${rule.block}) has no ${rule.anchor ?? 'id'} or ${rule.title}`);
    const title = titleEl.textContent.trim();
    titleEl.remove();
    for (const el of block.querySelectorAll('[id]')) el.removeAttribute('id');
    return { url: `${rule.path}#${id}`, html: recordHtml(lang, title, (block as HTMLElement).innerHTML, keywordsFor(id)) };
  });
}
