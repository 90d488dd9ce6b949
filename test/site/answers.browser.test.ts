/** /answers/, the staff index: complete, every link resolves, copy buttons and filter work. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { axeViolations } from '../helpers/search';
import { fileForPath, idsOf, page as distPage } from '../helpers/dist';
import { getFaqIds } from '../helpers/faq-ids';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { OTHER_TOPICS } from '../../src/config/other-topics';
import { rawMessages } from '../helpers/catalog';
import anchors from '../../content/anchors.json';

const base = inject('baseURL');
const rows = () => distPage('answers/index.html').querySelectorAll('[data-answer]');
const rowPaths = () => rows().map((r) => r.querySelector('a')!.getAttribute('href')!);

describe('the staff index lists every linkable page and section (built HTML)', () => {
  it('every cause and “not a sign-in problem” page, their sections, every catalog message and FAQ answer, once each', () => {
    const paths = rowPaths();
    expect(new Set(paths).size).toBe(paths.length);
    for (const slug of CAUSE_SLUGS) expect(paths, slug).toContain(`/causes/${slug}/`);
    for (const topic of OTHER_TOPICS) expect(paths, topic).toContain(`/other/${topic}/`);
    for (const [page, ids] of Object.entries(anchors as Record<string, string[]>)) {
      if (!page.startsWith('/causes/') && !page.startsWith('/other/')) continue;
      // The "Try this first" block and the Sources list are parts of every page, not answers of their own.
      for (const id of ids.filter((i) => i !== 'try-this-first' && i !== 'sources'))
        expect(paths, `${page}#${id}`).toContain(`${page}#${id}`);
    }
    for (const m of rawMessages()) expect(paths, m.id).toContain(`/messages/#${m.id}`);
    for (const id of getFaqIds()) expect(paths, id).toContain(`/faq/#${id}`);
  });

  it('every link resolves to a built page and, with an anchor, to an element with that id', () => {
    const broken: string[] = [];
    for (const href of rowPaths()) {
      const url = new URL(href, 'http://site');
      const file = fileForPath(url.pathname);
      if (!file) broken.push(`${href}: no page`);
      else if (url.hash && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${href}: no #${url.hash.slice(1)}`);
    }
    expect(broken).toEqual([]);
    expect(rowPaths().length).toBeGreaterThan(100);
  });

  it('each row has a title, a one-line summary and its URL in plain view (works without JavaScript)', () => {
    for (const row of rows()) {
      const href = row.querySelector('a')!.getAttribute('href')!;
      expect(row.querySelector('a')!.textContent.trim().length, href).toBeGreaterThan(2);
      const summary = row.querySelector('.answer-summary')!.textContent.trim();
      expect(summary.length, href).toBeGreaterThan(15);
      expect(summary.length, href).toBeLessThanOrEqual(170);
      expect(row.querySelector('.answer-url')!.textContent.trim().endsWith(href), href).toBe(true);
      expect(row.getAttribute('data-reply')!.length, href).toBeGreaterThan(10);
    }
  });

  it('is kept out of the search index', () => {
    expect(distPage('answers/index.html').querySelector('[data-pagefind-body]')).toBeNull();
  });
});

describe('/answers/ in Chromium', () => {
  const browser = browserForFile();
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  });

  it('"Copy link" puts the full URL of the entry on the clipboard', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/answers/`);
    const path = '/causes/network-changes/#fix-it-now';
    const row = page.locator(`[data-answer]:has(> a.answer-title[href="${path}"])`);
    const button = row.getByRole('button', { name: 'Copy link: Fix it now' });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}${path}`);
    await expect.poll(() => page.locator('#live-announcer').textContent()).toBe('Link copied');
    // The URL shown on the row is the same one.
    expect(await row.locator('.answer-url').textContent()).toBe(`${base}${path}`);
    await page.close();
  });

  it('"Copy reply" puts a ready sentence and the link on the clipboard', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/answers/`);
    const faqRow = page.locator('[data-answer]:has(> a.answer-title[href="/faq/#wrong-clock"])');
    await faqRow.getByRole('button', { name: /^Copy reply/ }).click();
    await expect.poll(() => page.locator('#live-announcer').textContent()).toBe('Reply copied');
    const reply = await page.evaluate(() => navigator.clipboard.readText());
    const question = (await faqRow.locator('.answer-title').textContent())!.trim();
    const summary = (await faqRow.locator('.answer-summary').textContent())!.trim();
    expect(reply).toBe(`${question} ${summary} More detail: ${base}/faq/#wrong-clock`);

    const causeRow = page.locator('[data-answer]:has(> a.answer-title[href="/causes/clock-skew/"])');
    await causeRow.getByRole('button', { name: /^Copy reply/ }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(
        /^From what you describe, this looks like the cause in our guide “Signed out because the clock on your device is wrong”\. The step-by-step fix: http:\/\/127\.0\.0\.1:\d+\/causes\/clock-skew\/$/,
      );
    await page.close();
  });

  it('the filter box narrows the list by title, summary, URL or the cause’s keywords, and says how many are left', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/answers/`);
    const filter = page.getByLabel('Filter answers');
    const visibleRows = () => page.locator('[data-answer]:visible');
    const total = await visibleRows().count();
    await filter.fill('vpn fix');
    await expect.poll(() => visibleRows().count()).toBeLessThan(total);
    const shown = await visibleRows().evaluateAll((rs) => rs.map((r) => r.querySelector('a.answer-title')?.getAttribute('href')));
    expect(shown).toContain('/causes/network-changes/#fix-it-now');
    expect(shown.every((p) => p!.includes('fix'))).toBe(true);
    await expect.poll(() => page.locator('#answers-filter-status').textContent()).toBe(`${shown.length} of ${total} answers shown.`);
    // Groups without a match disappear.
    expect(await page.locator('#answers-cause-clock-skew').isVisible()).toBe(false);

    await filter.fill('zzzz');
    await expect.poll(() => page.locator('[data-answers-none]').isVisible()).toBe(true);
    expect(await visibleRows().count()).toBe(0);
    await filter.fill('');
    await expect.poll(() => visibleRows().count()).toBe(total);
    await page.close();
  });

  it('has no accessibility violations', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/answers/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('without JavaScript it is a plain list of links with their URLs, no buttons', async () => {
    const noJs = await browser().newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/answers/`);
    expect(await page.locator('[data-answer] button').count()).toBe(0);
    expect(await page.getByLabel('Filter answers').isVisible()).toBe(false);
    const first = page.locator('[data-answer]').first();
    expect(await first.locator('.answer-url').textContent()).toMatch(/^https?:\/\/.+\/causes\/[a-z-]+\/$/);
    await first.locator('a').click();
    expect(new URL(page.url()).pathname).toMatch(/^\/causes\/[a-z-]+\/$/);
    await noJs.close();
  });
});
