/**
 * The staff index in Spanish and Japanese (/es/answers/, /ja/answers/): every English entry with
 * its permanent link in that language (same ids), and in real Chromium, "Copy reply" copying the
 * ready reply in that language with the localized link, the filter in that language's words, and
 * no accessibility violations. Expected words come from src/i18n/staff-index/ and the content.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { axeViolations } from '../helpers/axe';
import { fileForPath, idsOf, page as distPage } from '../helpers/dist';
import { frontMatterIn } from '../helpers/translated-content';
import { LOCALES, TRANSLATED_LOCALES } from '../../src/config/locales';
import { localizedPath } from '../../src/common/locale-path';
import { availableHref } from '../../src/build/untranslated-links';
import { staffWords } from '../../src/i18n/staff-index';
import { fill } from '../../src/common/fill';

const base = inject('baseURL');
const browser = browserForFile();
const rowPaths = (file: string) =>
  distPage(file)
    .querySelectorAll('[data-answer]')
    .map((r) => r.querySelector('a')!.getAttribute('href')!);

describe.each(TRANSLATED_LOCALES)('/%s/answers/ (built HTML)', (locale) => {
  const file = `${locale}/answers/index.html`;

  it('has every English entry, at the same address in the language (or the English page where it has none yet)', () => {
    expect(rowPaths(file)).toEqual(rowPaths('answers/index.html').map((p) => availableHref(localizedPath(locale, p))));
  });

  it('every link resolves to a built page and, with an anchor, to an element with that id', () => {
    const broken = rowPaths(file).filter((href) => {
      const url = new URL(href, 'http://site');
      const target = fileForPath(url.pathname);
      return !target || (url.hash !== '' && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))));
    });
    expect(broken).toEqual([]);
  });

  it('is in the language, with its counterparts in every language', () => {
    const root = distPage(file);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe(locale);
    expect(root.querySelector('h1')?.textContent).toBe(staffWords(locale).page.title);
    const alternates = root.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => new URL(l.getAttribute('href')!).pathname);
    for (const other of LOCALES) expect(alternates).toContain(localizedPath(other, '/answers/'));
  });
});

describe.each(TRANSLATED_LOCALES)('/%s/answers/ in Chromium', (locale) => {
  const w = staffWords(locale);
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  });
  afterAll(() => context.close());

  it('"Copy reply" puts the reply in the language and the link in the language on the clipboard', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/${locale}/answers/`);
    const title = String(frontMatterIn(locale, 'clock-skew').title);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    const causePath = `/${locale}/causes/clock-skew/`;
    const causeRow = page.locator(`[data-answer]:has(> a.answer-title[href="${causePath}"])`);
    const reply = causeRow.getByRole('button', { name: new RegExp(`^${w.browser.copyReply}`) });
    await reply.click();
    await expect.poll(clipboard).toBe(`${w.replies.cause(title)} ${base}${causePath}`);
    await expect.poll(() => reply.textContent()).toBe(w.browser.copied);
    await expect.poll(() => page.locator('#live-announcer').textContent()).toBe(w.browser.replyCopied);

    const fixPath = `${causePath}#fix-it-now`;
    const fixRow = page.locator(`[data-answer]:has(> a.answer-title[href="${fixPath}"])`);
    await fixRow.getByRole('button', { name: new RegExp(`^${w.browser.copyReply}`) }).click();
    await expect.poll(clipboard).toBe(`${w.replies.fixedSection['fix-it-now'](title)} ${base}${fixPath}`);

    await fixRow.getByRole('button', { name: new RegExp(`^${w.browser.copyLink}`) }).click();
    await expect.poll(clipboard).toBe(`${base}${fixPath}`);
    await expect.poll(() => page.locator('#live-announcer').textContent()).toBe(w.browser.linkCopied);
    await page.close();
  });

  it('the filter matches the language’s own keywords (from its filter file) and says how many are left in the language', async () => {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/${locale}/answers/`);
    const visibleRows = () => page.locator('[data-answer]:visible');
    const total = await visibleRows().count();
    // A keyword of the cause's translated article, not in its entries' own text: only the filter file has it.
    const keywords = (frontMatterIn(locale, 'network-changes').keywords as string[]).map((k) => k.toLowerCase());
    const rowsText = (await page.locator('#answers-cause-network-changes').locator('..').textContent())!.toLowerCase();
    const keyword = keywords.find((k) => !/\s/.test(k) && !rowsText.includes(k)) ?? keywords[0]!;
    const filter = page.getByLabel(w.page.filterLabel);
    await filter.focus();
    await filter.fill(keyword);
    await expect.poll(() => page.locator('[data-answer-group="cause-network-changes"]').isVisible()).toBe(true);
    const shown = await visibleRows().count();
    expect(shown).toBeLessThan(total);
    expect(requested).toContain(w.browser.filterWordsUrl);
    await expect.poll(() => page.locator('#answers-filter-status').textContent()).toBe(fill(w.browser.shown, { shown, total }));

    await filter.fill('zzzz');
    await expect.poll(() => page.locator('[data-answers-none]').isVisible()).toBe(true);
    expect(await page.locator('[data-answers-none]').textContent()).toBe(fill(w.page.none, { query: 'zzzz' }));
    await page.close();
  });

  it('has no accessibility violations', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/${locale}/answers/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
