/**
 * The built site in every language: each English page of a translated part of the site
 * (TRANSLATED_SECTIONS) has its counterpart under each language's prefix, in that language, with
 * the same section ids (a support link differs only by its prefix), `hreflang` alternates that
 * reach real pages, and a language switcher that links to every counterpart.
 */
import { describe, expect, it } from 'vitest';
import { fileForPath, htmlFiles, page, pathOf } from '../helpers/dist';
import { DEFAULT_LOCALE, LOCALES, TRANSLATED_LOCALES, TRANSLATED_SECTIONS } from '../../src/config/locales';
import { site } from '../../src/config/site';
import { localeOfPath } from '../../src/common/locale-path';

const isRedirect = (file: string) => page(file).querySelector('meta[http-equiv="refresh"]') !== null;
const sectionOf = (path: string) => path.split('/')[1] ?? '';
const isTranslatedLocale = (segment: string) => TRANSLATED_LOCALES.some((l) => l === segment);

/** English pages of the translated sections (moved URLs, which only redirect, aside). */
const englishPages = htmlFiles()
  .filter((f) => !isRedirect(f) && !isTranslatedLocale(sectionOf(pathOf(f))) && f.endsWith('index.html'))
  .map(pathOf)
  .filter((p) => TRANSLATED_SECTIONS.includes(sectionOf(p)));

const inLocale = (locale: string, path: string) => (locale === DEFAULT_LOCALE ? path : `/${locale}${path}`);
const fileOf = (path: string) => fileForPath(path)!;
/** Section ids in the page's content, in order: the part of a support link after `#`. */
const sectionIds = (path: string) =>
  page(fileOf(path))
    .querySelectorAll('main [id]')
    .map((el) => el.getAttribute('id'));

describe('pages in every language', () => {
  it('finds the English pages to compare (home, causes, articles, FAQ, checklist)', () => {
    for (const path of ['/', '/causes/', '/causes/clock-skew/', '/faq/', '/prevent/']) expect(englishPages).toContain(path);
    expect(englishPages.filter((p) => p.startsWith('/other/')).length).toBeGreaterThan(0);
  });

  describe.each(TRANSLATED_LOCALES)('%s', (locale) => {
    it.each(englishPages)(`%s has its /${locale}/ counterpart, in ${locale}, with the same section ids`, (path) => {
      const twin = inLocale(locale, path);
      expect(fileForPath(twin), twin).toBeDefined();
      expect(page(fileOf(twin)).querySelector('html')?.getAttribute('lang')).toBe(locale);
      expect(sectionIds(twin)).toEqual(sectionIds(path));
      // Translated, not a copy: the page's own words differ from the English page's.
      expect(page(fileOf(twin)).querySelector('h1')?.textContent).not.toBe(page(fileOf(path)).querySelector('h1')?.textContent);
    });

    it(`links from every /${locale}/ page stay in ${locale} (the language switcher aside)`, () => {
      const english: string[] = [];
      for (const path of englishPages) {
        for (const a of page(fileOf(inLocale(locale, path))).querySelectorAll('a[href^="/"]:not([hreflang])')) {
          const href = a.getAttribute('href')!;
          if (localeOfPath(href) !== locale) english.push(`${inLocale(locale, path)} → ${href}`);
        }
      }
      expect(english).toEqual([]);
    });

    it(`has no /${locale}/ page without an English one`, () => {
      const own = htmlFiles()
        .map(pathOf)
        .filter((p) => p.startsWith(`/${locale}/`) && !p.startsWith(`/${locale}/pagefind/`));
      // Each language's "page not found" is its 404.html, beside English's (static hosts serve the nearest one).
      expect(own.map((p) => p.slice(locale.length + 1)).filter((p) => !englishPages.includes(p) && p !== '/404.html')).toEqual([]);
    });
  });

  it.each(englishPages)('%s in every language: hreflang alternates and a switcher link to each counterpart', (path) => {
    for (const locale of LOCALES) {
      const root = page(fileOf(inLocale(locale, path)));
      const alternates = root.querySelectorAll('link[rel="alternate"][hreflang]');
      const hrefOf = (lang: string) => alternates.find((l) => l.getAttribute('hreflang') === lang)?.getAttribute('href');
      expect(alternates.map((l) => l.getAttribute('hreflang')).sort()).toEqual([...LOCALES, 'x-default'].sort());
      for (const other of LOCALES) {
        const url = new URL(hrefOf(other) ?? '', site.siteUrl);
        expect(url.pathname, `${locale}: hreflang=${other}`).toBe(inLocale(other, path));
        expect(fileForPath(url.pathname), url.pathname).toBeDefined();
      }
      expect(new URL(hrefOf('x-default') ?? '', site.siteUrl).pathname).toBe(path);

      const switcher = root.querySelectorAll('header nav a[hreflang]');
      const expected = LOCALES.filter((l) => l !== locale).map((l) => ({ lang: l, href: inLocale(l, path) }));
      expect(
        switcher.map((a) => ({ lang: a.getAttribute('hreflang'), href: a.getAttribute('href') })),
        `${locale} switcher`,
      ).toEqual(expected);
    }
  });

  it('leaves no part of the site in English only', () => {
    const englishSections = new Set(
      htmlFiles()
        .filter((f) => !isRedirect(f) && f.endsWith('index.html'))
        .map((f) => sectionOf(pathOf(f)))
        .filter((section) => !isTranslatedLocale(section) && section !== 'pagefind'),
    );
    expect([...englishSections].filter((section) => !TRANSLATED_SECTIONS.includes(section))).toEqual([]);
  });
});
