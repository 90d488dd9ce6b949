/** Driving the header search box in a real page, the way a visitor does. */
import type { Page } from 'playwright-core';

export const HEADER_INPUT = '#site-search-q';
export const HEADER_LIST = '#site-search-q-results';

/** Type a query into the header box and return the result paths (no `?highlight`), in order. */
export async function headerResults(page: Page, query: string): Promise<string[]> {
  await page.locator(HEADER_INPUT).fill(query);
  await page.waitForFunction(
    ([sel, q]) => document.querySelector<HTMLElement>(sel!)?.dataset.query === q!.trim(),
    [HEADER_LIST, query] as const,
  );
  const hrefs = await page.locator(`${HEADER_LIST} [role="option"]:not(.search-all)`).evaluateAll((as) =>
    as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!),
  );
  return hrefs.map((h) => h.replace(/\?[^#]*/, ''));
}

/** Where in the list the cause's article appears (0-based), or -1. */
export const causeRank = (paths: readonly string[], slug: string): number => paths.findIndex((p) => p.startsWith(`/causes/${slug}/`));

export { axeViolations } from './axe';
