/** No layout shift from late content: Chromium's own layout-shift entries while each page loads and enhances. */
import { describe, expect, inject, it } from 'vitest';
import { answerForeignOriginsLocally, browserForFile } from '../helpers/chromium';
import { pageTypes } from '../helpers/page-types';

const base = inject('baseURL');
const browser = browserForFile();

describe('cumulative layout shift while loading', () => {
  // Every page type in English and Japanese (the same components and scripts serve Spanish).
  it.each(pageTypes(['en', 'ja']))('%s (%s)', async (_type, path) => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await answerForeignOriginsLocally(context);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) w.__cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    // "Good" CLS is below 0.1; late enhancements here must stay well under it.
    expect(cls, `CLS on ${path}`).toBeLessThan(0.02);
    await context.close();
  });
});
