/** axe-core in real Chromium on every page type, in light and dark: zero violations. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/chromium';
import { pageTypes } from '../helpers/page-types';

const base = inject('baseURL');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('axe, %s scheme', (colorScheme) => {
  it.each(pageTypes())('%s (%s)', async (_type, path) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
