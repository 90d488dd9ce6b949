/** Driving the header search box in a real page, the way a visitor does. */
import type { Page } from 'playwright-core';

export const HEADER_INPUT = '#site-search-q';
export const HEADER_LIST = '#site-search-q-results';

/** Type a query into the header box and return the result paths (no `?highlight`), in order. */
export async function headerResults(page: Page, query: string): Promise<string[]> {
  const input = page.locator(HEADER_INPUT);
  await input.fill(query);
  // A one-line box drops line breaks from what is typed into it: wait for what it really holds.
  const typed = (await input.inputValue()).trim();
  await page.waitForFunction(([sel, q]) => document.querySelector<HTMLElement>(sel!)?.dataset.query === q, [HEADER_LIST, typed] as const);
  const hrefs = await page
    .locator(`${HEADER_LIST} [role="option"]:not(.search-all)`)
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  return hrefs.map((h) => h.replace(/\?[^#]*/, ''));
}

export { axeViolations } from './axe';
