/**
 * Hostile input through every door a URL opens: nothing throws, nothing injected runs, and the
 * visitor gets a clear message. Property-based (fast-check) where the input space is large.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';

const base = inject('baseURL');
const browser = browserForFile();
let context: BrowserContext;
beforeAll(async () => {
  context = await browser().newContext();
  // Injected markup that "works" would set this flag or load this image.
  await context.addInitScript(() => {
    (window as unknown as { __pwned: number }).__pwned = 0;
  });
});

/** Strings an attacker or a mangled paste might produce. */
export const hostileText = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror="window.__pwned=1">',
    '"><script>window.__pwned=1</script>',
    'javascript:window.__pwned=1',
    '</title><svg onload=window.__pwned=1>',
    '%E0%A4%A',
    '\u0000\u202e\ud800',
    '*'.repeat(500),
    '{{constructor.constructor("window.__pwned=1")()}}',
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 3000 }),
);

/** Open a URL and report what a visitor (and an attacker) would care about. */
export async function visit(page: Page, url: string) {
  const errors: string[] = [];
  const onError = (e: Error) => errors.push(e.message);
  page.on('pageerror', onError);
  const res = await page.goto(url);
  await page.waitForLoadState('networkidle');
  const pwned = await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned);
  const text = await page.locator('main').innerText();
  page.off('pageerror', onError);
  return { status: res?.status(), errors, pwned, text };
}

describe('search queries from a link', () => {
  it('any ?q= value shows as text, runs nothing and throws nothing', async () => {
    const page = await context.newPage();
    await fc.assert(
      fc.asyncProperty(hostileText, async (q) => {
        const { status, errors, pwned, text } = await visit(page, `${base}/search/?${new URLSearchParams({ q })}`);
        expect(status).toBe(200);
        expect(errors).toEqual([]);
        expect(pwned).toBe(0);
        expect(text.length).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
    await page.close();
  }, 120_000);

  it('a malformed percent-encoding in the URL still renders the search page', async () => {
    const page = await context.newPage();
    const { status, errors, pwned } = await visit(page, `${base}/search/?q=%E0%A4%A`);
    expect(status).toBe(200);
    expect(errors).toEqual([]);
    expect(pwned).toBe(0);
    await page.close();
  });
});

describe('wizard links', () => {
  it('any ?a= value gives a question or a clear notice, never an error or injected code', async () => {
    const page = await context.newPage();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/diagnose/', '/diagnose/when/', '/diagnose/result/clock-skew/'), hostileText, async (path, raw) => {
        const { status, errors, pwned } = await visit(page, `${base}${path}?${new URLSearchParams({ a: raw })}`);
        expect(status).toBe(200);
        expect(errors).toEqual([]);
        expect(pwned).toBe(0);
        // Either the wizard could read it, or it says so and starts again: never a blank page.
        const notice = page.locator('[data-wizard-notice]');
        const heading = await page.locator('main h2, main h3').first().textContent();
        expect((await notice.isVisible()) || Boolean(heading?.trim())).toBe(true);
      }),
      { numRuns: 20 },
    );
    await page.close();
  }, 120_000);

  it('any answer path gives a wizard page or the helpful 404, never an error or injected code', async () => {
    const page = await context.newPage();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(hostileText, fc.constantFrom('where=computer', 'message=session-expired', 'when=away', 'x=y', '=', 'where=')), {
          minLength: 1,
          maxLength: 4,
        }),
        async (parts) => {
          const path = `/diagnose/${parts.map((p) => encodeURIComponent(p.toWellFormed())).join('/')}/`;
          const { status, errors, pwned } = await visit(page, `${base}${path}`);
          expect([200, 404], path).toContain(status);
          expect(errors).toEqual([]);
          expect(pwned).toBe(0);
        },
      ),
      { numRuns: 15 },
    );
    await page.close();
  }, 120_000);

  it('an unknown step answers 404 with the way back into the wizard', async () => {
    const page = await context.newPage();
    const { status, errors, text } = await visit(page, `${base}/diagnose/no-such-step/`);
    expect(status).toBe(404);
    expect(errors).toEqual([]);
    expect(text).toContain('Diagnose my problem');
    await page.close();
  });
});

describe('report links', () => {
  it('a damaged, forged or huge #fragment shows a plain message and runs nothing', async () => {
    const page = await context.newPage();
    const fragment = fc.oneof(
      hostileText,
      fc.constantFrom(
        '1.',
        '2.eyJ0IjoxfQ.abc',
        '3.eyJ0IjoxfQ.abc',
        '1.eyJ0IjoxfQ.000000',
        `1.${'A'.repeat(20_000)}.x`,
        '1.eyJfX3Byb3RvX18iOnt9fQ.xx',
      ),
    );
    await fc.assert(
      fc.asyncProperty(fragment, async (raw) => {
        await page.goto('about:blank');
        const { status, errors, pwned } = await visit(page, `${base}/report/#${encodeURIComponent(raw.replace(/[\ud800-\udfff]/g, ''))}`);
        expect(status).toBe(200);
        expect(errors).toEqual([]);
        expect(pwned).toBe(0);
        const alert = page.locator('[data-report] [role="alert"]');
        expect(await alert.count()).toBe(1);
        expect((await alert.textContent())?.length).toBeGreaterThan(20);
      }),
      { numRuns: 20 },
    );
    await page.close();
  }, 120_000);
});
