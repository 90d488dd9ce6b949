/** Cause articles in real Chromium, used the way a reader uses them. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { browserForFile } from '../helpers/chromium';

const base = inject('baseURL');
const CAUSES = CAUSE_SLUGS;
const FIREFOX_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:145.0) Gecko/20100101 Firefox/145.0';

const browser = browserForFile();
let context: BrowserContext;
beforeAll(async () => {
  context = await browser().newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
});

describe('every cause article', () => {
  it.each(CAUSES)('%s: the contents links take you to their sections', async (slug) => {
    const page = await context.newPage();
    await page.goto(`${base}/causes/${slug}/`);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const sections = await toc.locator(':scope > ol > li > a').allTextContents();
    expect(sections.slice(0, 4)).toEqual(['Is this you?', 'Why it happens', 'Fix it now', 'Stop it happening again']);
    await toc.getByRole('link', { name: 'Fix it now', exact: true }).click();
    await page.waitForFunction(() => location.hash === '#fix-it-now');
    // Smooth scrolling takes a moment; the heading must end up at the top of the viewport.
    await expect
      .poll(() => page.locator('#fix-it-now').evaluate((el) => Math.abs(el.getBoundingClientRect().top)))
      .toBeLessThan(50);
    await page.close();
  });
});

describe('copy a link to a section', () => {
  it('puts the full section URL on the clipboard and says "Copied"', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/causes/cleared-cookies/?utm_source=ticket`);
    const button = page.locator('#fix-it-now').getByRole('button', { name: /Copy link/ });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${base}/causes/cleared-cookies/#fix-it-now`);
    await expect.poll(() => page.locator('#live-announcer').textContent()).toBe('Link copied');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows the same article, every browser’s steps, and plain heading links', async () => {
    const withJs = await context.newPage();
    await withJs.goto(`${base}/causes/cleared-cookies/`);
    const headingsWithJs = await withJs.locator('article h2 .heading-link').allTextContents();
    const stepsWithJs = await withJs.locator('.browser-steps').first().textContent();

    const noJs = await browser().newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/causes/cleared-cookies/`);
    expect(await page.locator('article h2 .heading-link').allTextContents()).toEqual(headingsWithJs);
    expect(await page.locator('.browser-steps').first().textContent()).toBe(stepsWithJs);
    expect(await page.locator('.copy-link').count()).toBe(0);
    const panels = page.locator('.browser-steps details');
    expect(await panels.count()).toBeGreaterThanOrEqual(4);
    for (const open of await panels.evaluateAll((ds) => ds.map((d) => (d as HTMLDetailsElement).open))) expect(open).toBe(true);
    await page.locator('#fix-it-now a').click();
    expect(new URL(page.url()).hash).toBe('#fix-it-now');
    await noJs.close();
    await withJs.close();
  });
});

describe('per-browser steps follow the visitor’s browser', () => {
  it('opens Chrome’s steps in Chromium and only those', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/causes/cleared-cookies/`);
    const first = page.locator('.browser-steps').first();
    const open = await first.locator('details').evaluateAll((ds) =>
      ds.filter((d) => (d as HTMLDetailsElement).open).map((d) => (d as HTMLElement).dataset.browser),
    );
    expect(open).toEqual(['chrome']);
    await expect(first.locator('details[data-browser="chrome"] summary').textContent()).resolves.toContain('(your browser)');
    await page.close();
  });

  it('opens Firefox’s steps for a Firefox user agent, and the others stay one click away', async () => {
    const ff = await browser().newContext({ userAgent: FIREFOX_UA });
    const page = await ff.newPage();
    await page.goto(`${base}/causes/cleared-cookies/`);
    const first = page.locator('.browser-steps').first();
    expect(await first.locator('details[data-browser="firefox"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const safari = first.locator('details[data-browser="safari"]');
    expect(await safari.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await safari.locator('summary').click();
    expect(await safari.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await ff.close();
  });
});

/** Relative luminance of a CSS rgb() colour (WCAG formula). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('appearance', () => {
  it.each([
    ['light', (bg: number, fg: number) => bg > 0.9 && fg < 0.1],
    ['dark', (bg: number, fg: number) => bg < 0.05 && fg > 0.7],
  ] as const)('%s colour scheme renders with readable contrast', async (scheme, fits) => {
    const ctx = await browser().newContext({ colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(`${base}/causes/clock-skew/`);
    const [bg, fg] = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return [s.backgroundColor, s.color];
    });
    expect(fits(luminance(bg!), luminance(fg!)), `${scheme}: bg ${bg}, fg ${fg}`).toBe(true);
    await ctx.close();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const ctx = await browser().newContext({ viewport: { width: 320, height: 640 } });
    const page = await ctx.newPage();
    for (const path of ['/', '/causes/cleared-cookies/', '/faq/', '/prevent/']) {
      await page.goto(`${base}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
    await ctx.close();
  });

  it('prints the article without header, footer or controls, with every browser’s steps', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/causes/cleared-cookies/`);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.copy-link').first().isVisible()).toBe(false);
    const closed = await page.locator('.browser-steps details').evaluateAll((ds) => ds.filter((d) => !(d as HTMLDetailsElement).open).length);
    expect(closed).toBe(0);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('skip link, then Tab to a section’s copy button and press Enter', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/causes/private-browsing/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true); // visible when focused
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Tab forward until the first copy button inside the article takes focus.
    let label = '';
    for (let i = 0; i < 60 && !label.startsWith('Copy link'); i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(label).toBe('Copy link to “Is this you?”');
    // Focus is visible: an outline is drawn.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/causes/private-browsing/#is-this-you`);
    await page.close();
  });
});

describe('reduced motion', () => {
  it('jumps to a section instead of scrolling smoothly when the visitor asks for less motion', async () => {
    const reduced = await browser().newContext({ reducedMotion: 'reduce' });
    const page = await reduced.newPage();
    await page.goto(`${base}/causes/clock-skew/`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await reduced.close();
    const page2 = await context.newPage();
    await page2.goto(`${base}/causes/clock-skew/`);
    expect(await page2.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
    await page2.close();
  });
});
