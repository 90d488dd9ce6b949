/** Driving the header search box in a real page, the way a visitor does. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core on the page as it is now; returns the violations, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    // axe is injected above; it has no types in the page context.
    const axe = (window as unknown as { axe: { run(o?: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const res = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
