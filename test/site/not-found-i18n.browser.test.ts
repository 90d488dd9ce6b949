/**
 * "Page not found" in every language: an unknown address under /es/ or /ja/ gets that language's
 * 404 page with status 404 (the test server, like Cloudflare Pages, serves the nearest 404.html
 * up the path), with `lang` right and links to that language's home, search and wizard.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { axeViolations } from '../helpers/axe';
import { LOCALES, type Locale } from '../../src/config/locales';
import { localizedPath } from '../../src/common/locale-path';
import { DIAGNOSE_PATH } from '../../src/common/urls';
import { availableHref } from '../../src/build/untranslated-links';
import { dictionary } from '../../src/i18n';
import { fileForPath } from '../helpers/dist';

const base = inject('baseURL');
const browser = browserForFile();
let context: BrowserContext;
beforeAll(async () => {
  context = await browser().newContext();
});
afterAll(() => context.close());

/** Where a link from a page in `locale` goes: its own page, or English's while that part has none yet. */
const inLocale = (locale: Locale, path: string) => availableHref(localizedPath(locale, path));

describe.each(LOCALES)('an unknown address in %s', (locale) => {
  const t = dictionary(locale);
  const missing = localizedPath(locale, '/no-such-page/');

  it('shows that language’s 404 page with status 404, its search, home and wizard links', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${base}${missing}`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.locator('h1').textContent()).toBe(t.notFound.heading);
    expect(await page.locator('main form[role="search"]').getAttribute('action')).toBe(localizedPath(locale, '/search/'));
    expect(fileForPath(localizedPath(locale, '/search/'))).toBeDefined();
    expect(await page.locator('main a.button-primary').getAttribute('href')).toBe(inLocale(locale, DIAGNOSE_PATH));
    expect(await page.locator('header a[href]').first().getAttribute('href')).toBe(localizedPath(locale, '/'));
    const causes = await page.locator('main li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(causes.length).toBeGreaterThan(0);
    for (const href of causes) expect(href.startsWith(localizedPath(locale, '/causes/'))).toBe(true);
    // Not an address of its own: nothing to index or point alternates at.
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    await page.close();
  });

  it('has no accessibility violations', async () => {
    const page = await context.newPage();
    await page.goto(`${base}${missing}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

it('a deeper unknown address still gets its language’s page', async () => {
  const page = await context.newPage();
  const response = await page.goto(`${base}/ja/causes/no-such-cause/`);
  expect(response?.status()).toBe(404);
  expect(await page.getAttribute('html', 'lang')).toBe('ja');
  await page.close();
});
