/**
 * /es/check/ and /ja/check/ in real Chromium under real conditions, like check.browser.test.ts:
 * a profile that blocks cookies while the local status API reports an incident, and a shifted
 * device clock that then goes offline. The results, the page's own words and its links read in
 * the page's language (expected words from the tables in src/i18n/checks/), axe finds nothing,
 * and the page has its counterparts in every language with the same section ids.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { browserForFile, profilesForFile } from '../helpers/chromium';
import { AIMED, aimStatusAt, statusServerForFile } from '../helpers/status-server';
import { CHECK_IDS, checkAnchor } from '../../src/config/checks';
import { LOCALES, TRANSLATED_LOCALES } from '../../src/config/locales';
import { site } from '../../src/config/site';
import { humanDuration } from '../../src/common/time-words';
import { localizedPath } from '../../src/common/locale-path';
import { fill } from '../../src/common/fill';
import { checkWords } from '../../src/i18n/checks/names';
import { liveWordsIn } from '../../src/i18n/checks/live';
import { checkPageWords } from '../../src/i18n/checks/page';
import { esMore } from '../../src/i18n/checks/es-more';
import { jaMore } from '../../src/i18n/checks/ja-more';
import { page as builtPage, fileForPath } from '../helpers/dist';

const built = (p: string) => builtPage(fileForPath(p) ?? `missing ${p}`);

const base = inject('baseURL');
const status = statusServerForFile();
const browser = browserForFile(() => ({ args: [...status().chromiumArgs] }));
const profiles = profilesForFile(() => ({ ...AIMED, args: [...status().chromiumArgs] }));
const MORE = { es: esMore, ja: jaMore } as const;
const product = site.product.name;

/** Wait until every check has a status and the run is over; return check → status. */
async function results(page: Page, timeout = 10_000): Promise<Record<string, string>> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('li[data-check][data-status]').length === n &&
      document.querySelector('[data-check-list]')?.getAttribute('aria-busy') === 'false',
    CHECK_IDS.length,
    { timeout },
  );
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll<HTMLElement>('li[data-check]')].map((el) => [el.dataset.check!, el.dataset.status!])),
  );
}

const text = (page: Page, id: string, part: string) => page.locator(`li[data-check="${id}"] ${part}`).textContent();
const firstPage = async (context: BrowserContext) => context.pages()[0] ?? context.newPage();

describe.each(TRANSLATED_LOCALES)('/%s/check/', (locale) => {
  const path = localizedPath(locale, '/check/');
  const live = liveWordsIn(locale);
  const more = MORE[locale];
  const { build: t, browser: said } = checkPageWords(locale);
  const names = checkWords(locale);

  it('cookies blocked in the profile and an incident on the status page: said in this language, and axe finds nothing', async () => {
    const context = await profiles.open(profiles.dir({ profile: { default_content_setting_values: { cookies: 2 } } }));
    await aimStatusAt(context, status(), 'incident');
    const page = await firstPage(context);
    await page.goto(`${base}${path}`);
    const s = await results(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await expect(page.locator('h1').textContent()).resolves.toBe(t.title);
    for (const id of CHECK_IDS) await expect(text(page, id, '.check-title')).resolves.toBe(names[id].label);

    expect(s.cookies).toBe('problem');
    await expect(text(page, 'cookies', '.check-word')).resolves.toBe(said.status.problem);
    await expect(text(page, 'cookies', '.check-summary')).resolves.toBe(more.cookies.problemSummary);
    await expect(text(page, 'cookies', '.check-detail')).resolves.toBe(more.cookies.problemDetail(true));
    expect(s.storage).toBe('problem');
    await expect(text(page, 'storage', '.check-summary')).resolves.toBe(more.storage.problemSummary);
    await expect(page.locator('li[data-check="cookies"] .check-fix a').getAttribute('href')).resolves.toBe(
      localizedPath(locale, '/causes/cleared-cookies/#fix-it-now'),
    );

    expect(s['service-status']).toBe('problem');
    await expect(text(page, 'service-status', '.check-summary')).resolves.toBe(fill(live.status.partialOutageSummary, { product }));
    await expect(text(page, 'service-status', '.check-detail')).resolves.toContain(live.status.downMeaning);
    await expect(page.locator('li[data-check="service-status"] .check-links a').last().textContent()).resolves.toBe(
      fill(live.status.statusLink, { product }),
    );

    // The summary line names what needs attention in this language, each a link to its card.
    const line = (await page.locator('[data-progress-text]').textContent()) ?? '';
    const [before] = said.allDoneIn.split('{seconds}');
    expect(line.startsWith(fill(before!, { count: CHECK_IDS.length }))).toBe(true);
    expect(line).toContain(said.needsAttention);
    const named = await page.locator('.check-attention a').allTextContents();
    expect(named).toEqual(expect.arrayContaining([names.cookies.label, names.storage.label, names['service-status'].label]));

    // The share link points at the report page of this language (the link itself carries ids only).
    await page.getByRole('button', { name: t.shareLink }).click();
    await expect.poll(() => page.locator('#share-url').inputValue()).toMatch(new RegExp(`^${base}/${locale}/report/#.+`));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a device clock 40 minutes behind, then offline: said in this language', async () => {
    const context = await browser().newContext(AIMED);
    await aimStatusAt(context, status(), 'all-good');
    const page = await context.newPage();
    await page.clock.setSystemTime(Date.now() - 40 * 60_000);
    await page.goto(`${base}${path}`);
    const s = await results(page);
    expect(s.clock).toBe('problem');
    await expect(text(page, 'clock', '.check-summary')).resolves.toBe(
      fill(live.clock.behindSummary, { duration: humanDuration(40 * 60_000, locale) }),
    );
    await expect(text(page, 'clock', '.check-detail')).resolves.toBe(live.clock.problemDetail);
    await expect(text(page, 'service-status', '.check-summary')).resolves.toBe(fill(live.status.clearSummary, { product }));

    await context.setOffline(true);
    await page.getByRole('button', { name: t.checkAgain }).click();
    const offline = await results(page);
    expect(offline.network).toBe('problem');
    await expect(text(page, 'network', '.check-summary')).resolves.toBe(more.network.offlineSummary);
    expect(offline.clock).toBe('unknown');
    await expect(text(page, 'clock', '.check-summary')).resolves.toBe(live.clock.unknownSummary);
    await expect(text(page, 'clock', '.check-word')).resolves.toBe(said.status.unknown);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('counterparts', () => {
  it('/check/ exists in every language with the same section ids, each listing all of them as alternates', () => {
    const ids = (p: string) => [...built(p).querySelectorAll('li[data-check]')].map((li) => li.id);
    const english = ids('/check/');
    expect(english).toEqual(CHECK_IDS.map(checkAnchor));
    for (const locale of LOCALES) {
      const p = localizedPath(locale, '/check/');
      expect(ids(p), p).toEqual(english);
      const doc = built(p);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
      const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang'),
        new URL(l.getAttribute('href')!).pathname,
      ]);
      expect(alternates).toEqual([...LOCALES.map((l) => [l, localizedPath(l, '/check/')]), ['x-default', '/check/']]);
    }
  });
});
