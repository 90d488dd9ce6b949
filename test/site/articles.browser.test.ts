/** Cause articles in real Chromium, used the way a reader uses them. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { REQUIRED_BROWSERS } from '../../src/config/browsers';
import { browserForFile } from '../helpers/chromium';

const base = inject('baseURL');
const CAUSES = CAUSE_SLUGS;
const FIREFOX_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:145.0) Gecko/20100101 Firefox/145.0';
const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1';
/** What Safari on an iPad sends since iPadOS 13: a Mac user agent. Only its touch screen gives it away. */
const MAC_SAFARI_UA =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15';
const PHONE = { width: 390, height: 844 };
/** An article with a per-platform block, to read it the way each device sees it. */
const WITH_STEPS = 'cleared-cookies';

/** Per block: the platform of each panel in page order, and which are open. */
const panelsOf = (page: import('playwright-core').Page) =>
  page
    .locator('.browser-steps')
    .first()
    .locator('details')
    .evaluateAll((ds) => ds.map((d) => ({ platform: (d as HTMLElement).dataset.browser, open: (d as HTMLDetailsElement).open })));

/** An article's section headings (## Title {#id}), from its content file. */
const sectionTitles = (slug: string): string[] =>
  [...readFileSync(new URL(`../../content/causes/${slug}.mdx`, import.meta.url), 'utf8').matchAll(/^## (.+?)\s*\{#[\w-]+\}\s*$/gm)].map(
    (m) => m[1]!,
  );

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
    const toc = page.locator('nav.toc-aside');
    const sections = await toc.locator(':scope > div > ol > li > a').allTextContents();
    const titles = sectionTitles(slug);
    expect(titles.length).toBeGreaterThan(0);
    expect(sections.slice(0, titles.length)).toEqual(titles);
    await toc.getByRole('link', { name: 'Fix it now', exact: true }).click();
    await page.waitForFunction(() => location.hash === '#fix-it-now');
    // Smooth scrolling takes a moment; the heading must end up at the top of the viewport.
    await expect.poll(() => page.locator('#fix-it-now').evaluate((el) => Math.abs(el.getBoundingClientRect().top))).toBeLessThan(50);
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
    expect(await panels.count()).toBeGreaterThanOrEqual(REQUIRED_BROWSERS.length);
    for (const open of await panels.evaluateAll((ds) => ds.map((d) => (d as HTMLDetailsElement).open))) expect(open).toBe(true);
    await page.locator('#fix-it-now a').click();
    expect(new URL(page.url()).hash).toBe('#fix-it-now');
    await noJs.close();
    await withJs.close();
  });
});

describe('per-platform steps follow the visitor’s device', () => {
  it('opens Chrome’s steps in Chromium and only those', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/causes/${WITH_STEPS}/`);
    const panels = await panelsOf(page);
    expect(panels.filter((p) => p.open).map((p) => p.platform)).toEqual(['chrome']);
    await expect(page.locator('.browser-steps').first().locator('details[data-browser="chrome"] summary').textContent()).resolves.toContain(
      '(your browser)',
    );
    await page.close();
  });

  it('puts Firefox’s steps first and open for a Firefox user agent; the others stay one click away', async () => {
    const ff = await browser().newContext({ userAgent: FIREFOX_UA });
    const page = await ff.newPage();
    await page.goto(`${base}/causes/${WITH_STEPS}/`);
    const panels = await panelsOf(page);
    expect(panels[0]).toEqual({ platform: 'firefox', open: true });
    expect(panels.slice(1).every((p) => !p.open)).toBe(true);
    const safari = page.locator('.browser-steps').first().locator('details[data-browser="safari"]');
    await safari.locator('summary').click();
    expect(await safari.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await ff.close();
  });

  it('gives an iPhone the iPhone steps first, never the Mac ones', async () => {
    const phone = await browser().newContext({ userAgent: IPHONE_UA, viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    for (const slug of CAUSES) {
      await page.goto(`${base}/causes/${slug}/`);
      for (const block of await page.locator('.browser-steps').all()) {
        const panels = await block
          .locator('details')
          .evaluateAll((ds) => ds.map((d) => ({ platform: (d as HTMLElement).dataset.browser, open: (d as HTMLDetailsElement).open })));
        expect(panels[0], slug).toEqual({ platform: 'safari-ios', open: true });
        expect(panels.find((p) => p.platform === 'safari')?.open, slug).toBe(false);
      }
    }
    await phone.close();
  });

  it('counts an iPad that says it is a Mac as an iPad, by its touch screen', async () => {
    const ipad = await browser().newContext({ userAgent: MAC_SAFARI_UA, viewport: { width: 820, height: 1180 }, hasTouch: true });
    const page = await ipad.newPage();
    // A real iPad reports five touch points; Chromium's touch emulation says one unless told.
    const cdp = await ipad.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await page.goto(`${base}/causes/${WITH_STEPS}/`);
    expect((await panelsOf(page))[0]).toEqual({ platform: 'safari-ios', open: true });
    await ipad.close();

    const mac = await browser().newContext({ userAgent: MAC_SAFARI_UA });
    const macPage = await mac.newPage();
    await macPage.goto(`${base}/causes/${WITH_STEPS}/`);
    expect((await panelsOf(macPage))[0]).toEqual({ platform: 'safari', open: true });
    await mac.close();
  });
});

describe('“Try this first” on the first phone screen', () => {
  it.each([true, false])(
    'is within the first 844 px at 390 px wide on every article, before the contents (JavaScript %s)',
    async (javaScriptEnabled) => {
      const phone = await browser().newContext({ viewport: PHONE, isMobile: true, hasTouch: true, javaScriptEnabled });
      const page = await phone.newPage();
      const tops: string[] = [];
      for (const slug of CAUSES) {
        await page.goto(`${base}/causes/${slug}/`);
        const block = page.locator('#try-this-first');
        const { top, steps, beforeContents } = await block.evaluate((el) => ({
          top: el.getBoundingClientRect().top,
          steps: el.querySelectorAll('ol > li').length,
          beforeContents: [...document.querySelectorAll('nav.toc')].every((toc) =>
            Boolean(el.compareDocumentPosition(toc) & Node.DOCUMENT_POSITION_FOLLOWING),
          ),
        }));
        tops.push(`${slug}: ${Math.round(top)}`);
        expect(top, slug).toBeGreaterThanOrEqual(0);
        expect(top, slug).toBeLessThan(PHONE.height);
        expect(steps, slug).toBeGreaterThanOrEqual(1);
        expect(steps, slug).toBeLessThanOrEqual(3);
        expect(beforeContents, slug).toBe(true);
        expect(await block.locator('h2').textContent(), slug).toContain('Try this first');
      }
      console.log(`“Try this first” top at 390 × 844 (px), JavaScript ${javaScriptEnabled}: ${tops.join(', ')}`);
      await phone.close();
    },
  );

  it('folds the contents on a phone and keeps them beside the article on a wide screen', async () => {
    const phone = await browser().newContext({ viewport: PHONE });
    const page = await phone.newPage();
    await page.goto(`${base}/causes/clock-skew/`);
    const folded = page.locator('nav.toc-inline details');
    expect(await folded.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('nav.toc-aside').isVisible()).toBe(false);
    await folded.locator('summary').click();
    await page.locator('nav.toc-inline').getByRole('link', { name: 'Fix it now', exact: true }).click();
    await page.waitForFunction(() => location.hash === '#fix-it-now');
    await phone.close();
    const wide = await context.newPage();
    await wide.goto(`${base}/causes/clock-skew/`);
    expect(await wide.locator('nav.toc-aside').isVisible()).toBe(true);
    expect(await wide.locator('nav.toc-inline').isVisible()).toBe(false);
    await wide.close();
  });

  it('every control on an article is at least 24 × 24 px on a phone', async () => {
    const phone = await browser().newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(`${base}/causes/${WITH_STEPS}/`);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, summary, input, select, textarea, a.button')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({
          what: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}”`,
          ...el.getBoundingClientRect().toJSON(),
        }))
        .filter((r) => r.width < 24 || r.height < 24)
        .map((r) => `${r.what}: ${Math.round(r.width)} × ${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
    await phone.close();
  });
});

/** Relative luminance of a CSS rgb() colour (WCAG formula). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
    .slice(0, 3)
    .map(Number)
    .map((v) => {
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
    const closed = await page
      .locator('.browser-steps details')
      .evaluateAll((ds) => ds.filter((d) => !(d as HTMLDetailsElement).open).length);
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
    // The first section of every article is “Try this first”.
    expect(label).toBe('Copy link to “Try this first”');
    // Focus is visible: an outline is drawn.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/causes/private-browsing/#try-this-first`);
    await page.close();
  });
});

describe('reduced motion', () => {
  const behaviourAfterFocus = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      document.querySelector<HTMLElement>('main a')!.focus();
      return getComputedStyle(document.documentElement).scrollBehavior;
    });

  it('jumps to a section instead of scrolling smoothly when the visitor asks for less motion', async () => {
    const reduced = await browser().newContext({ reducedMotion: 'reduce' });
    const page = await reduced.newPage();
    await page.goto(`${base}/causes/clock-skew/`);
    expect(await behaviourAfterFocus(page)).toBe('auto');
    await reduced.close();
    const page2 = await context.newPage();
    await page2.goto(`${base}/causes/clock-skew/`);
    expect(await behaviourAfterFocus(page2)).toBe('smooth');
    await page2.close();
  });

  it('opens a shared link right on its section, without scrolling down the page first', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/causes/clock-skew/#keep-your-work-safe`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    expect(Math.abs(await page.locator('#keep-your-work-safe').evaluate((el) => el.getBoundingClientRect().top))).toBeLessThan(50);
    await page.close();
  });
});
