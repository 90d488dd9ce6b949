/** axe-core in real Chromium on every page type, in light and dark: zero violations. */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { browserForFile } from '../helpers/chromium';
import { pageTypes } from '../helpers/page-types';

const base = inject('baseURL');

const browser = browserForFile();

describe.each(['light', 'dark'] as const)('axe, %s scheme', (colorScheme) => {
  it.each(pageTypes())('%s (%s)', async (_type, path) => {
    const context = await browser().newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
