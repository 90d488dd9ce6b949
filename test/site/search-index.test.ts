/** What the built search index holds: answers, never navigation, footers or the staff index. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, page, pathOf } from '../helpers/dist';
import { getFaqIds } from '../helpers/faq-ids';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { OTHER_TOPICS } from '../../src/config/other-topics';
import { rawMessages } from '../helpers/catalog';
import { LOCALES, TRANSLATED_LOCALES } from '../../src/config/locales';

const indexed = htmlFiles().filter((f) => page(f).querySelector('[data-pagefind-body]'));

describe('search index', () => {
  it('indexes the articles, the “not a sign-in problem” pages, the catalog, the FAQ and the checklist, and no list, tool or staff page', () => {
    // The same pages in every language, except the catalog (English only for now).
    const inEachLanguage = ['/faq/', '/prevent/', ...CAUSE_SLUGS.map((s) => `/causes/${s}/`), ...OTHER_TOPICS.map((t) => `/other/${t}/`)];
    expect(indexed.map(pathOf).sort()).toEqual(
      ['/messages/', ...inEachLanguage, ...TRANSLATED_LOCALES.flatMap((l) => inEachLanguage.map((p) => `/${l}${p}`))].sort(),
    );
  });

  it('keeps header, footer, breadcrumbs and in-page navigation out', () => {
    for (const file of indexed) {
      const body = page(file).querySelector('[data-pagefind-body]')!;
      expect(body.querySelector('.site-header, .site-footer, .breadcrumbs, header.site-header'), file).toBeNull();
      for (const nav of body.querySelectorAll('nav, aside')) {
        const ignored = nav.getAttribute('data-pagefind-ignore') !== null || nav.closest('[data-pagefind-ignore]');
        expect(ignored, `${file}: ${nav.getAttribute('class') ?? nav.tagName}`).toBeTruthy();
      }
    }
  });

  it('holds one record per article and page, per FAQ answer, per checklist item and per catalog message', () => {
    const entry = JSON.parse(readFileSync(`${DIST}pagefind/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const checklist = page('prevent/index.html').querySelectorAll('ol.checklist > li[id]').length;
    expect(checklist).toBeGreaterThan(5);
    // Pagefind splits the index by <html lang>: one per language.
    expect(Object.keys(entry.languages).sort()).toEqual([...LOCALES].sort());
    const messages = page('messages/index.html').querySelectorAll('[data-message][id]').length;
    expect(messages).toBe(rawMessages().length);
    expect(entry.languages['en']!.page_count).toBe(CAUSE_SLUGS.length + OTHER_TOPICS.length + getFaqIds().length + checklist + messages);
    for (const l of TRANSLATED_LOCALES) {
      const answers = page(`${l}/faq/index.html`).querySelectorAll('section.faq-answer').length;
      const items = page(`${l}/prevent/index.html`).querySelectorAll('ol.checklist > li[id]').length;
      expect(answers, l).toBe(getFaqIds().length);
      expect(entry.languages[l]!.page_count, l).toBe(CAUSE_SLUGS.length + OTHER_TOPICS.length + answers + items);
    }
  });

  it('weights each article’s keywords in as metadata', () => {
    for (const slug of CAUSE_SLUGS) {
      const metaTag = page(`causes/${slug}/index.html`).querySelector('meta[name="keywords"]');
      expect(metaTag?.getAttribute('data-pagefind-meta'), slug).toBe('keywords[content]');
      expect(metaTag?.getAttribute('content')?.split(', ').length, slug).toBeGreaterThan(3);
    }
  });
});
