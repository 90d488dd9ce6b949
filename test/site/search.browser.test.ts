/** Search in real Chromium: the header box by keyboard, /search/ round trips, highlighting, speed. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { axeViolations, HEADER_INPUT, HEADER_LIST, headerResults } from '../helpers/search';
import { DIST, htmlFiles, page as distPage, pathOf } from '../helpers/dist';
import { pageWeight } from '../../scripts/page-weight';
import { getFaqIds } from '../helpers/faq-ids';
import { catalog, rawMessages } from '../helpers/catalog';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { OTHER_TOPICS } from '../../src/config/other-topics';

const base = inject('baseURL');
const browser = browserForFile();
let context: BrowserContext;
beforeAll(async () => {
  context = await browser().newContext();
});

/** The first search of a page loads Pagefind and its index: allow for that on a busy machine. */
const COLD = { timeout: 10_000 };

describe('header search', () => {
  it('loads no search code or index until the box is focused', async () => {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/causes/clock-skew/`);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    // Only the page's own small scripts (its static import graph, the budgeted JavaScript) load.
    const allowed = new Set(pageWeight(DIST, 'causes/clock-skew/index.html').files);
    const scripts = requested.filter((p) => p.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((p) => !allowed.has(p))).toEqual([]);
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    // …and none of them holds the search UI (it makes the box a combobox) or the ranking.
    const code = (files: readonly string[]) => files.map((f) => readFileSync(`${DIST}${f.slice(1)}`, 'utf8')).join('\n');
    expect(code(scripts)).not.toMatch(/combobox|metaWeights/);
    await page.locator(HEADER_INPUT).focus();
    await expect.poll(() => requested.some((p) => p === '/pagefind/pagefind.js'), COLD).toBe(true);
    expect(code(requested.filter((p) => p.endsWith('.js') && p.startsWith('/_astro/')))).toMatch(
      /combobox[\s\S]*metaWeights|metaWeights[\s\S]*combobox/,
    );
    await page.close();
  });

  it('works by keyboard alone: / focuses, results appear while typing, arrows move, Escape closes, Enter opens', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/causes/clock-skew/`);
    const input = page.locator(HEADER_INPUT);
    await page.keyboard.press('/');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await input.inputValue()).toBe(''); // the "/" itself is not typed

    await page.keyboard.type('incognito');
    const list = page.locator(HEADER_LIST);
    await expect.poll(() => list.getAttribute('data-query'), COLD).toBe('incognito');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await list.getAttribute('role')).toBe('listbox');
    const options = list.getByRole('option');
    expect(await options.count()).toBeGreaterThan(2);
    // Options have names a screen reader announces (title and where it is), and the count is announced.
    expect(await list.getByRole('option', { name: /incognito window/i }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.site-search [role="status"]').textContent()).toMatch(/^\d+ results?\./);

    await page.keyboard.press('ArrowDown');
    const firstId = await options.first().getAttribute('id');
    expect(await input.getAttribute('aria-activedescendant')).toBe(firstId);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(firstId);

    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.search-popup').isVisible()).toBe(false);
    expect(await input.inputValue()).toBe('incognito');

    await page.keyboard.press('ArrowDown'); // reopens on the first result
    expect(await page.locator('.search-popup').isVisible()).toBe(true);
    const href = await options.first().getAttribute('href');
    await Promise.all([page.waitForURL((u) => u.pathname !== '/causes/clock-skew/'), page.keyboard.press('Enter')]);
    const opened = new URL(page.url());
    expect(`${opened.pathname}${opened.search}${opened.hash}`).toBe(href);
    // The words are marked on the page it opened, and only those words.
    const words = opened.searchParams.get('highlight')!.split(' ');
    expect(words).toContain('incognito');
    await expect.poll(() => page.locator('main mark.search-mark').count()).toBeGreaterThan(3);
    const marked = await page.locator('main mark.search-mark').allTextContents();
    expect(marked.filter((m) => !words.some((w) => m.toLowerCase().startsWith(w)))).toEqual([]);
    await page.close();
  });

  it('Enter with no result chosen goes to the full results page', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/faq/`);
    await page.locator(HEADER_INPUT).focus();
    await page.keyboard.type('vpn');
    await expect.poll(() => page.locator(HEADER_LIST).getAttribute('data-query'), COLD).toBe('vpn');
    await Promise.all([page.waitForURL(/\/search\//), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('vpn');
    await page.close();
  });

  it('a click on a result opens it, and a click elsewhere closes the list', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/prevent/`);
    await page.locator(HEADER_INPUT).click();
    await headerResults(page, 'ublock origin');
    await page.locator('h1').click();
    expect(await page.locator('.search-popup').isVisible()).toBe(false);
    await page.locator(HEADER_INPUT).click();
    expect(await page.locator('.search-popup').isVisible()).toBe(true);
    const first = page.locator(`${HEADER_LIST} [role="option"]`).first();
    const href = (await first.getAttribute('href'))!;
    expect(href.replace(/\?[^#]*/, '')).toMatch(/^\/causes\/browser-extensions\/|^\/faq\/#ad-blocker$/);
    await Promise.all([page.waitForURL(`${base}${href}`), first.click()]);
    await page.close();
  });

  it('says so when nothing matches, and offers the diagnosis', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/prevent/`);
    await page.locator(HEADER_INPUT).focus();
    await headerResults(page, 'qwxzv');
    expect(await page.locator('.search-empty').textContent()).toMatch(/Nothing matches/);
    expect(await page.locator('.search-empty a').getAttribute('href')).toBe('/diagnose/');
    await expect.poll(() => page.locator('.site-search [role="status"]').textContent()).toMatch(/^No results/);
    await page.close();
  });

  it('has no accessibility violations with the results open', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/causes/network-changes/`);
    await page.locator(HEADER_INPUT).focus();
    await headerResults(page, 'wifi');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows results within 100 ms of a keystroke on a warm index (median)', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/causes/clock-skew/`);
    await page.locator(HEADER_INPUT).focus();
    await headerResults(page, 'session expired'); // loads Pagefind, its metadata and the index
    const queries = [
      'wifi',
      'incognito',
      'wrong clock',
      'lunch break',
      'ublock',
      'vpn hotel',
      'cookies deleted',
      'outage',
      'phone and laptop',
      'token',
    ];
    const times: number[] = [];
    for (const query of queries) {
      await headerResults(page, query.slice(0, -1));
      // Time from the key press to the list showing the new query's results, painted.
      await page.evaluate(
        ([inputSel, listSel]) => {
          const input = document.querySelector<HTMLInputElement>(inputSel!)!;
          const list = document.querySelector<HTMLElement>(listSel!)!;
          let start = 0;
          input.addEventListener('keydown', () => (start = performance.now()), { once: true });
          (window as unknown as { searchTiming: Promise<number> }).searchTiming = new Promise<number>((resolve) => {
            new MutationObserver((_, observer) => {
              if (start && list.dataset.query === input.value.trim()) {
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - start));
              }
            }).observe(list, { attributes: true, childList: true });
          });
        },
        [HEADER_INPUT, HEADER_LIST] as const,
      );
      await page.keyboard.press(query.at(-1)!);
      times.push(await page.evaluate(() => (window as unknown as { searchTiming: Promise<number> }).searchTiming));
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = (sorted[4]! + sorted[5]!) / 2;
    console.log(
      `Keystroke to results (warm index, ${times.length} queries): median ${median.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
    );
    expect(median).toBeLessThan(100);
    await page.close();
  });
});

describe('every FAQ answer and article section is its own result', () => {
  it.each(getFaqIds())('the FAQ answer #%s is found by its question, linking to its anchor', async (id) => {
    const page = await context.newPage();
    const question = distPage('faq/index.html').querySelector(`#${id}`)!.textContent.trim();
    await page.goto(`${base}/prevent/`);
    await page.locator(HEADER_INPUT).focus();
    const paths = await headerResults(page, question);
    expect(paths.slice(0, 3), question).toContain(`/faq/#${id}`);
    await page.close();
  });

  it('article subsections (h3) are found by their heading, linking to their anchor', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/prevent/`);
    await page.locator(HEADER_INPUT).focus();
    const misses: string[] = [];
    let checked = 0;
    for (const file of htmlFiles().filter((f) => f.startsWith('causes/') && f !== 'causes/index.html')) {
      for (const h3 of distPage(file).querySelectorAll('main article h3[id]')) {
        const heading = h3.textContent.trim();
        const target = `${pathOf(file)}#${h3.getAttribute('id')}`;
        const paths = await headerResults(page, heading);
        checked++;
        if (!paths.slice(0, 3).includes(target)) misses.push(`${heading} → ${target} (got ${paths.slice(0, 3).join(', ')})`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(misses).toEqual([]);
    await page.close();
  });
});

describe('/search/?q=', () => {
  it('reads q on load, keeps the URL in step while typing, and survives reload and Back', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/search/?q=vpn`);
    const input = page.getByLabel('Describe what happens, in your own words');
    expect(await input.inputValue()).toBe('vpn');
    const results = page.getByRole('list', { name: 'Search results' });
    const hrefs = () => results.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await expect.poll(async () => (await hrefs()).some((h) => h.startsWith('/causes/network-changes/')), COLD).toBe(true);
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/^\d+ results? for “vpn”/);

    await input.press('End');
    await input.pressSequentially(' hotel wifi');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('vpn hotel wifi');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/for “vpn hotel wifi”/);
    expect(await page.title()).toMatch(/^vpn hotel wifi · Search/);

    await page.reload();
    expect(await input.inputValue()).toBe('vpn hotel wifi');
    await expect.poll(() => results.getByRole('link').count(), COLD).toBeGreaterThan(2);
    const first = results.getByRole('link').first();
    const href = await first.getAttribute('href');
    await Promise.all([page.waitForURL((u) => u.pathname !== '/search/'), first.click()]);
    expect(page.url()).toBe(`${base}${href}`);
    await expect.poll(() => page.locator('main mark.search-mark').count()).toBeGreaterThan(0);

    await page.goBack();
    expect(new URL(page.url()).searchParams.get('q')).toBe('vpn hotel wifi');
    expect(await input.inputValue()).toBe('vpn hotel wifi');
    await expect.poll(() => results.getByRole('link').count(), COLD).toBeGreaterThan(2);

    await input.fill('');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('zero results: says so, and offers the diagnosis and every cause', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent('qwxzv plmkj')}`);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), COLD).toBe('No results for “qwxzv plmkj”.');
    const none = page.locator('[data-search-none]');
    expect(await none.isVisible()).toBe(true);
    expect(await none.textContent()).toContain('Nothing matched “qwxzv plmkj”');
    expect(await none.getByRole('link', { name: 'Diagnose my problem' }).getAttribute('href')).toBe('/diagnose/');
    const causes = page.locator('[data-search-browse] li a');
    expect(await causes.count()).toBe(CAUSE_SLUGS.length + OTHER_TOPICS.length);
    expect(await page.locator('[data-search-browse]').isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: 'Search results' }).isVisible()).toBe(false);
    await page.close();
  });

  it('has no accessibility violations with results shown', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/search/?q=clock`);
    await expect.poll(() => page.getByRole('list', { name: 'Search results' }).getByRole('link').count(), COLD).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('without JavaScript the header form reaches /search/, which lists every cause', async () => {
    const noJs = await browser().newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/causes/clock-skew/`);
    await page.locator(HEADER_INPUT).fill('wifi');
    await Promise.all([page.waitForURL(/\/search\/\?q=wifi/), page.locator(HEADER_INPUT).press('Enter')]);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('[data-search-browse] li a').count()).toBe(CAUSE_SLUGS.length + OTHER_TOPICS.length);
    expect(await page.locator('[data-search-browse] a[href="/messages/"]').count()).toBe(1);
    await noJs.close();
  });
});

describe('search finds a pasted message in the catalog', () => {
  it('puts the entry (or its answer) first for a message pasted with its noise', async () => {
    const raw = rawMessages();
    const entries = catalog();
    const page = await context.newPage();
    await page.goto(`${base}/causes/`);
    await page.locator(HEADER_INPUT).focus();
    // One message from each group, pasted the way people paste them.
    const picks = [...new Map(raw.map((m) => [m.group, m])).values()];
    const misses: string[] = [];
    for (const m of picks) {
      const query = `{"detail":"${m.message}"} Ray ID: 8f3a2b1c4d5e6f70`;
      const [first] = await headerResults(page, query);
      const answer = entries.find((e) => e.id === m.id)!.answer;
      if (first !== `/messages/#${m.id}` && first?.replace(/#.*/, '') !== answer) misses.push(`${query} → ${first ?? 'nothing'}`);
    }
    expect(misses).toEqual([]);
    await page.close();
  });
});
