/**
 * The query table: sentences people type must find their cause in the top three results of the
 * header search, in Chromium, against the built Pagefind index.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { causeRank, HEADER_INPUT, headerResults } from '../helpers/search';
import { SEARCH_QUERIES } from '../fixtures/search-queries';

const base = inject('baseURL');
let browser: Browser;
let page: Page;
const ranks = new Map<string, number>();

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${base}/prevent/`);
  await page.locator(HEADER_INPUT).focus();
});
afterAll(async () => {
  await browser?.close();
  if (ranks.size === SEARCH_QUERIES.length) {
    const r = [...ranks.values()];
    const top1 = r.filter((x) => x === 0).length;
    const top3 = r.filter((x) => x >= 0 && x < 3).length;
    console.log(`Query table: top 1 ${top1}/${r.length} (${Math.round((100 * top1) / r.length)}%), top 3 ${top3}/${r.length} (${Math.round((100 * top3) / r.length)}%)`);
  }
});

describe('query table (header search, built index)', () => {
  it('has at least 30 queries and covers every cause', async () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(30);
    const { CAUSE_SLUGS } = await import('../../src/config/causes');
    expect(new Set(SEARCH_QUERIES.map((q) => q.cause))).toEqual(new Set(CAUSE_SLUGS));
  });

  it.each(SEARCH_QUERIES)('“$query” finds $cause in the top three', async ({ query, cause }) => {
    const paths = await headerResults(page, query);
    const rank = causeRank(paths, cause);
    ranks.set(query, rank);
    expect(rank, `${query}\n  got: ${paths.join('\n       ')}`).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
  });
});
