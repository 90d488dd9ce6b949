/** axe-core in real Chromium on every page type in every language, in light and dark: zero violations. */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { browserForFile } from '../helpers/chromium';
import { pageTypes } from '../helpers/page-types';
import { localeOfPath } from '../../src/common/locale-path';
import { DEFAULT_LOCALE } from '../../src/config/locales';

const base = inject('baseURL');

const browser = browserForFile();

/**
 * Every page type in every language in the light scheme; the dark scheme, which changes colours
 * only (the same stylesheet in every language), on every English page type.
 */
const inScheme = (scheme: 'light' | 'dark') =>
  pageTypes().filter(([, path]) => scheme === 'light' || localeOfPath(path) === DEFAULT_LOCALE);

describe.each(['light', 'dark'] as const)('axe, %s scheme', (colorScheme) => {
  it.each(inScheme(colorScheme))('%s (%s)', async (_type, path) => {
    const context = await browser().newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
