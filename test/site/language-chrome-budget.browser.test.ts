/**
 * The reading budget in every language, with the language chrome at its heaviest: an article and
 * the /search/ page, for a browser whose language is offered (so the offer's chunk loads too), and
 * every script the page loads until idle counted (gzip), as test/site/js-loaded.browser.test.ts
 * counts them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS } from '../../scripts/budgets';
import { gzipSize } from '../../scripts/page-weight';
import { browserForFile } from '../helpers/chromium';
import { DIST } from '../helpers/dist';
import { LOCALES, type Locale } from '../../src/config/locales';
import { localizedPath } from '../../src/common/locale-path';

const base = inject('baseURL');
const browser = browserForFile();

/** A browser language that is offered on a page in `locale` (another of ours). */
const OFFERED_TO: Readonly<Record<Locale, string>> = { en: 'es-ES', es: 'ja-JP', ja: 'en-US' };

async function scriptsLoaded(path: string, locale: string, settle = 0): Promise<Map<string, number>> {
  const context = await browser().newContext({ locale });
  const page = await context.newPage();
  const loaded = new Map<string, number>();
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.origin === base && res.request().resourceType() === 'script') {
      loaded.set(url.pathname, gzipSize(readFileSync(join(DIST, url.pathname))));
    }
  });
  await page.goto(`${base}${path}`);
  await page.locator('.language-offer').waitFor();
  // The wizard's checks are bounded by 3 s each: let their chunks settle.
  await page.waitForTimeout(settle);
  await page.waitForLoadState('networkidle');
  await context.close();
  return loaded;
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const describeLoad = (m: Map<string, number>) => [...m].map(([f, n]) => `${f.split('/').pop()} ${n}`).join(', ');

/** A built page that has the language switcher (the wizard gets it once it exists in every language). */
const hasSwitcher = (path: string): boolean => {
  const file = join(DIST, path, 'index.html');
  return existsSync(file) && readFileSync(file, 'utf8').includes('class="language-switcher"');
};

describe('JavaScript loaded (gzip) with the language offer shown', () => {
  const pages = LOCALES.flatMap((locale) => ['/causes/cleared-cookies/', '/search/'].map((p) => [locale, p] as const));
  it.each(pages)('%s %s stays within the reading budget', async (locale, path) => {
    const at = localizedPath(locale, path);
    const loaded = await scriptsLoaded(at, OFFERED_TO[locale]);
    console.log(`${at}: ${total(loaded)} B: ${describeLoad(loaded)}`);
    expect([...loaded.keys()].some((f) => f.includes('language-offer'))).toBe(true);
    expect([...loaded.keys()].some((f) => f.includes('pagefind') || f.includes('search-engine'))).toBe(false);
    expect(total(loaded)).toBeLessThanOrEqual(BUDGETS.readingJs);
  });

  const wizards = LOCALES.map((locale) => localizedPath(locale, '/diagnose/'));
  it.each(wizards.filter(hasSwitcher))(
    'the wizard at %s, with its checks and the offer, stays within the interactive budget',
    async (at) => {
      const locale = LOCALES.find((l) => localizedPath(l, '/diagnose/') === at)!;
      const loaded = await scriptsLoaded(at, OFFERED_TO[locale], 3_500);
      console.log(`${at}: ${total(loaded)} B: ${describeLoad(loaded)}`);
      expect([...loaded.keys()].some((f) => f.includes('language-offer'))).toBe(true);
      expect(total(loaded)).toBeLessThanOrEqual(BUDGETS.interactiveJs);
    },
  );
});
