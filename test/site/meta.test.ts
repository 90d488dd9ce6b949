/**
 * Link previews: every page says what it is in its <title>, description and Open Graph tags, so
 * a link pasted into chat or a ticket shows a title and a summary. Moved URLs still arrive.
 */
import { localeOfPath, localizedPath } from '../../src/common/locale-path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, isAnswerPathPage, page, pathOf } from '../helpers/dist';
import { stepPath } from '../../src/wizard/steps';
import { browserForFile } from '../helpers/chromium';
import { redirects } from '../../src/config/redirects';
import { site } from '../../src/config/site';

const isRedirect = (file: string) => page(file).querySelector('meta[http-equiv="refresh"]') !== null;
const pages = htmlFiles().filter((f) => !isRedirect(f));
const langOf = (file: string) => page(file).querySelector('html')?.getAttribute('lang') ?? '';
const meta = (file: string, selector: string) => page(file).querySelector(selector)?.getAttribute('content') ?? '';

describe('title, description and Open Graph on every page', () => {
  it.each(pages)('%s', (file) => {
    const title = page(file).querySelector('title')?.textContent.trim() ?? '';
    const description = meta(file, 'meta[name="description"]');
    expect(title.length, 'title').toBeGreaterThan(5);
    expect(title === site.siteName || title.endsWith(` · ${site.siteName}`), title).toBe(true);
    expect(description.length, `description: ${description}`).toBeGreaterThanOrEqual(40);
    expect(description.length, `description: ${description}`).toBeLessThanOrEqual(160);
    // Not a stub: Japanese says a whole word in two characters (検索, "search").
    expect(meta(file, 'meta[property="og:title"]').length).toBeGreaterThan(langOf(file) === 'ja' ? 1 : 3);
    expect(title.startsWith(meta(file, 'meta[property="og:title"]'))).toBe(true);
    expect(meta(file, 'meta[property="og:description"]')).toBe(description);
    expect(meta(file, 'meta[property="og:site_name"]')).toBe(site.siteName);
    expect(['website', 'article']).toContain(meta(file, 'meta[property="og:type"]'));
    const canonical = page(file).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    if (file.endsWith('404.html')) {
      // Served at every unknown URL: no address of its own, and not for search engines.
      expect(canonical).toBe('');
      expect(meta(file, 'meta[name="robots"]')).toBe('noindex');
      return;
    }
    expect(meta(file, 'meta[property="og:url"]')).toBe(canonical);
    const url = new URL(canonical);
    expect(url.protocol).toMatch(/^https?:$/);
    if (isAnswerPathPage(file)) {
      // A wizard answer path is a variant of its question's or outcome's own page.
      const step = page(file).querySelector('[data-wizard]')!.getAttribute('data-step')!;
      expect(url.pathname).toBe(localizedPath(localeOfPath(pathOf(file)), stepPath(step)));
      expect(meta(file, 'meta[name="robots"]')).toBe('noindex');
    } else expect(url.pathname).toBe(pathOf(file));
  });

  it('no two pages of one language share a title or a description (variants of a wizard page aside)', () => {
    // The same page in two languages may share its title: the site's name is not translated.
    for (const lang of new Set(pages.map(langOf))) checkUnique(pages.filter((f) => !isAnswerPathPage(f) && langOf(f) === lang));
  });

  function checkUnique(own: string[]) {
    const titles = own.map((f) => page(f).querySelector('title')!.textContent);
    const descriptions = own.map((f) => meta(f, 'meta[name="description"]'));
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
    expect(descriptions.filter((d, i) => descriptions.indexOf(d) !== i)).toEqual([]);
  }

  it('articles preview as articles, with their own summary', () => {
    expect(meta('causes/clock-skew/index.html', 'meta[property="og:type"]')).toBe('article');
    expect(meta('causes/clock-skew/index.html', 'meta[property="og:description"]')).toMatch(/clock/);
  });
});

describe('moved URLs (src/config/redirects.ts)', () => {
  const base = inject('baseURL');
  const browser = browserForFile();

  it.each(Object.entries(redirects))('a visitor opening %s lands on %s', async (from, to) => {
    const tab = await browser().newPage();
    await tab.goto(`${base}${from}`);
    await tab.waitForURL(`${base}${to}`);
    expect(await tab.locator('h1').textContent()).toBeTruthy();
    expect(await tab.locator('meta[name="robots"]').count()).toBe(0);
    await tab.close();
  });

  it('redirect pages are kept out of search engines and point them at the new URL', () => {
    for (const [from, to] of Object.entries(redirects)) {
      const file = `${from.slice(1)}index.html`;
      expect(isRedirect(file), from).toBe(true);
      expect(meta(file, 'meta[name="robots"]')).toBe('noindex');
      expect(page(file).querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(new URL(to, site.siteUrl).href);
    }
  });
});
