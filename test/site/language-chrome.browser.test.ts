/**
 * The language chrome in real Chromium, per language: the switcher keeps the reader on the same
 * answer (the `#section`, the query, a path pushed after load), the offer of the reader's own
 * language (a suggestion only: shown in that language, dismissed for good, nothing without
 * JavaScript, never a redirect, no layout shift, keyboard reachable, axe clean), and search's words
 * (kinds, counts, the popup's and /search/'s sentences) in the page's language. Every expected word
 * comes from the dictionaries (src/i18n/search/, src/i18n/chrome/).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { axeViolations } from '../helpers/axe';
import { DIST } from '../helpers/dist';
import { HEADER_INPUT, HEADER_LIST, headerResults } from '../helpers/search';
import { LOCALES, TRANSLATED_LOCALES, type Locale } from '../../src/config/locales';
import { localizedPath, unlocalizedPath } from '../../src/common/locale-path';
import { availableHref } from '../../src/build/untranslated-links';
import { chromeWords } from '../../src/i18n/chrome';
import { searchWords } from '../../src/i18n/search';
import { countText } from '../../src/browser/search-words';
import { fill } from '../../src/common/fill';
import { CHOICE_KEY } from '../../src/browser/language-choice';
import { RESULT_KINDS } from '../../src/config/search';
import { DIAGNOSE_PATH } from '../../src/common/urls';
import { questionMeta, INITIAL_STEP } from '../../src/wizard/steps';

const base = inject('baseURL');
const browser = browserForFile();
const contexts: BrowserContext[] = [];
async function contextWith(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await (browser() as Browser).newContext(options);
  contexts.push(context);
  return context;
}
afterAll(async () => {
  for (const c of contexts) await c.close();
});

const ARTICLE = '/causes/clock-skew/';
const SECTION = '#fix-it-now';
const OFFER = '.language-offer';
const switcherLink = (page: Page, locale: Locale) => page.locator(`.language-switcher a[hreflang="${locale}"]`);
const pathHashOf = (page: Page) => {
  const u = new URL(page.url());
  return `${u.pathname}${u.search}${u.hash}`;
};

describe('the language switcher keeps the reader on the same answer', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await contextWith();
  });

  // Each language once as the page and once as the target.
  const walks = LOCALES.map((from, i) => [from, LOCALES[(i + 1) % LOCALES.length]!] as const);
  it.each(walks)('from an article in %s at a #section to %s', async (from, to) => {
    const page = await context.newPage();
    await page.goto(`${base}${localizedPath(from, ARTICLE)}${SECTION}`);
    await Promise.all([page.waitForURL(`**${localizedPath(to, ARTICLE)}${SECTION}`), switcherLink(page, to).click()]);
    expect(pathHashOf(page)).toBe(`${localizedPath(to, ARTICLE)}${SECTION}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(to);
    await page.close();
  });

  it('keeps a section reached after load and a path pushed by a script, computed when the link is used', async () => {
    const page = await context.newPage();
    await page.goto(`${base}${localizedPath('es', ARTICLE)}`);
    // What the wizard does with its answers: the address changes without a new page.
    await page.evaluate(() => history.pushState(null, '', `${location.pathname}?highlight=reloj#why-it-happens`));
    await Promise.all([page.waitForURL(`**/ja${ARTICLE}?highlight=reloj#why-it-happens`), switcherLink(page, 'ja').click()]);
    expect(pathHashOf(page)).toBe(`/ja${ARTICLE}?highlight=reloj#why-it-happens`);
    await page.close();
  });

  it('without JavaScript the plain links still go to the same page in the other language', async () => {
    const noJs = await contextWith({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}${ARTICLE}${SECTION}`);
    await Promise.all([page.waitForURL(`**/es${ARTICLE}`), switcherLink(page, 'es').click()]);
    expect(new URL(page.url()).pathname).toBe(`/es${ARTICLE}`);
    await page.close();
  });

  // The wizard's pages get the switcher once they exist in every language (another part of the work).
  const wizardTranslated = existsSync(join(DIST, 'es/diagnose/index.html'));
  it.runIf(wizardTranslated)('on the wizard, after an answer given with JavaScript, keeps the answer path', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/diagnose/`);
    const answer = questionMeta(INITIAL_STEP)!.answers[0]!;
    await page.getByRole('link', { name: answer.label, exact: true }).click();
    await page.waitForURL((u) => u.pathname !== '/diagnose/');
    const pushed = new URL(page.url()).pathname;
    await Promise.all([page.waitForURL(`**/es${pushed}`), switcherLink(page, 'es').click()]);
    expect(new URL(page.url()).pathname).toBe(`/es${pushed}`);
    await page.close();
  });
});

describe('the offer of the reader’s own language', () => {
  it('appears on an English page for a Spanish browser, in Spanish, linking to the same answer', async () => {
    const context = await contextWith({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(`${base}${ARTICLE}${SECTION}`);
    const offer = page.locator(OFFER);
    await offer.waitFor();
    const words = chromeWords('es').offer;
    expect(await offer.getAttribute('lang')).toBe('es');
    expect(await offer.getAttribute('aria-label')).toBe(words.label);
    expect(await offer.locator('p').innerText()).toContain(words.text);
    expect(await offer.getByRole('button').innerText()).toBe(words.dismiss);
    const link = offer.getByRole('link', { name: words.go });
    await Promise.all([page.waitForURL(`**/es${ARTICLE}${SECTION}`), link.click()]);
    expect(pathHashOf(page)).toBe(`/es${ARTICLE}${SECTION}`);
    // A language chosen: no more offers on this device.
    await page.goto(`${base}${ARTICLE}`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator(OFFER).count()).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), CHOICE_KEY)).toBe('es');
  });

  it.each(TRANSLATED_LOCALES)('offers English on a %s page to an English browser, in English', async (locale) => {
    const context = await contextWith({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${base}${localizedPath(locale, ARTICLE)}`);
    const offer = page.locator(OFFER);
    await offer.waitFor();
    expect(await offer.getAttribute('lang')).toBe('en');
    expect(await offer.getByRole('link', { name: chromeWords('en').offer.go }).getAttribute('href')).toMatch(new RegExp(`${ARTICLE}$`));
  });

  it('dismissed, it goes and stays gone after a reload; it never moves the page by itself', async () => {
    const context = await contextWith({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(`${base}${ARTICLE}`);
    await page.locator(OFFER).waitFor();
    await page.waitForTimeout(1_000);
    expect(new URL(page.url()).pathname).toBe(ARTICLE);
    await page
      .locator(OFFER)
      .getByRole('button', { name: chromeWords('es').offer.dismiss })
      .click();
    expect(await page.locator(OFFER).count()).toBe(0);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await page.locator(OFFER).count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe(ARTICLE);
  });

  it('is not shown without JavaScript, nor when the page is already in the preferred language', async () => {
    const noJs = await contextWith({ locale: 'es-ES', javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}${ARTICLE}`);
    expect(await page.locator(OFFER).count()).toBe(0);
    const js = await contextWith({ locale: 'es-ES' });
    const same = await js.newPage();
    await same.goto(`${base}/es${ARTICLE}`);
    await same.waitForLoadState('networkidle');
    expect(await same.locator(OFFER).count()).toBe(0);
    // …while the same browser on the English page is offered Spanish (the check above can fail).
    await same.goto(`${base}${ARTICLE}`);
    await same.locator(OFFER).waitFor();
  });

  /** The page's layout shift (Chromium's own entries) once it has loaded, enhanced and settled. */
  async function layoutShift(page: Page): Promise<number> {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    return page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number }[]) sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          // Buffered entries arrive in the observer's first callback, if there are any.
          setTimeout(() => resolve(sum), 200);
        }),
    );
  }

  it('on a 390 × 844 phone: reached by keyboard right after the skip link, moves nothing, axe finds nothing', async () => {
    const phone = { width: 390, height: 844 };
    const page = await (await contextWith({ locale: 'ja-JP', viewport: phone })).newPage();
    await page.goto(`${base}${ARTICLE}`);
    const offer = page.locator(OFFER);
    await offer.waitFor();
    // The same page for a reader who is offered nothing: the offer adds no shift of its own.
    const without = await (await contextWith({ locale: 'en-US', viewport: phone })).newPage();
    await without.goto(`${base}${ARTICLE}`);
    expect(await layoutShift(page)).toBeCloseTo(await layoutShift(without), 6);
    expect(await without.locator(OFFER).count()).toBe(0);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(chromeWords('ja').offer.go);
    const box = (await offer.boundingBox())!;
    expect(box.y + box.height).toBeCloseTo(phone.height, 0);
    expect(box.width).toBeLessThanOrEqual(phone.width);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works with site data blocked: no error, and dismissing still hides it', async () => {
    const context = await contextWith({ locale: 'es-ES' });
    // What Chromium does when cookies and site data are blocked: touching localStorage throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}${ARTICLE}`);
    await page.locator(OFFER).getByRole('button').click();
    expect(await page.locator(OFFER).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe.each(TRANSLATED_LOCALES)('search’s words in %s', (locale) => {
  const words = searchWords(locale);
  const QUERY = { es: 'la hora de mi computadora está mal', ja: '時計がずれている' }[locale];
  let context: BrowserContext;
  beforeAll(async () => {
    context = await contextWith();
  });

  it('the header popup: kinds, count, list name and the nothing-found sentence', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/${locale}/prevent/`);
    await page.locator(HEADER_INPUT).focus();
    const hrefs = await headerResults(page, QUERY);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(await page.locator(HEADER_LIST).getAttribute('aria-label')).toBe(words.header.list);
    const where = await page.locator(`${HEADER_LIST} .search-hit-where`).allInnerTexts();
    hrefs.forEach((href, i) => {
      const label = RESULT_KINDS.find((k) => unlocalizedPath(href).startsWith(k.prefix))!.label;
      expect(where[i]!.startsWith(words.kinds[label]), `${href}: ${where[i]}`).toBe(true);
    });
    const status = page.locator('.site-search [role="status"]');
    await expect.poll(() => status.textContent()).toBe(fill(words.header.found, { count: countText(words, hrefs.length) }));
    expect(await page.locator(`${HEADER_LIST} .search-all`).innerText()).toBe(fill(words.header.allResults, { query: QUERY }));

    // A word in no language's index ("qwxzv" finds Japanese pages through single letters).
    const NONSENSE = 'zzqqxx';
    await headerResults(page, NONSENSE);
    const [before, after] = words.header.nothing.split('{diagnose}');
    expect(await page.locator('.search-empty').innerText()).toBe(`${before}${words.header.diagnose}${after}`);
    expect(await page.locator('.search-empty a').getAttribute('href')).toBe(availableHref(localizedPath(locale, DIAGNOSE_PATH)));
    await expect.poll(() => status.textContent()).toBe(fill(words.header.none, { count: words.count.none, query: NONSENSE }));
    await page.close();
  });

  it('the /search/ page counts in the language', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/${locale}/search/?${new URLSearchParams({ q: QUERY })}`);
    const results = page.locator('[data-search-results] > li');
    await results.first().waitFor({ timeout: 10_000 });
    const n = await results.count();
    await expect
      .poll(() => page.locator('[data-search-status]').textContent())
      .toBe(fill(words.page.status, { count: countText(words, n), query: QUERY }));
    const where = await page.locator('[data-search-results] .search-hit-where').allInnerTexts();
    const kinds = Object.values(words.kinds);
    for (const w of where)
      expect(
        kinds.some((k) => w.startsWith(k)),
        w,
      ).toBe(true);
    await page.close();
  });
});
