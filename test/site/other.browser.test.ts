/** The "not a sign-in problem" pages (/other/…/) in real Chromium. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { rawMessages } from '../helpers/catalog';
import { OTHER_TOPICS } from '../../src/config/other-topics';

const base = inject('baseURL');
const browser = browserForFile();
let context: BrowserContext;
beforeAll(async () => {
  context = await browser().newContext();
});
const raw = rawMessages();

describe('not a sign-in problem', () => {
  it.each(OTHER_TOPICS)('/other/%s/ says what it means, what to do and where to get help, with its sources and messages', async (topic) => {
    const page = await context.newPage();
    await page.goto(`${base}/other/${topic}/`);
    const sections = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(sections).toEqual(expect.arrayContaining(['what-it-means', 'what-to-do', 'where-to-get-help', 'sources']));
    expect(sections.indexOf('what-it-means')).toBeLessThan(sections.indexOf('what-to-do'));
    expect(await page.locator('section.sources li a').count()).toBeGreaterThan(0);
    const listed = await page.locator('a[href^="/messages/#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(
      raw
        .filter((m) => m.answer === topic)
        .map((m) => `/messages/#${m.id}`)
        .sort(),
    );
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Not a sign-in problem' }).click();
    await page.waitForURL(`${base}/causes/#not-sign-in`);
    expect(await page.locator('#not-sign-in').isVisible()).toBe(true);
    await page.close();
  });
});
