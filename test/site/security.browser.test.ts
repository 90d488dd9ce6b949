/** The Content-Security-Policy holds while the site is used, and nothing talks to another origin. */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { answerForeignOriginsLocally, browserForFile } from '../helpers/chromium';
import { pageTypes } from '../helpers/page-types';
import { site } from '../../src/config/site';

const base = inject('baseURL');
const statusOrigin = new URL(site.statusApi.url).origin;

const browser = browserForFile();

/** A page that records CSP violations and every request to another origin. */
async function watchedPage(context: BrowserContext) {
  const foreign: string[] = [];
  const page = await context.newPage();
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = log;
    document.addEventListener('securitypolicyviolation', (e) => log.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('request', (req) => {
    if (new URL(req.url()).origin !== base && !req.url().startsWith('data:')) foreign.push(req.url());
  });
  await answerForeignOriginsLocally(context);
  const violations = (p: Page) => p.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, foreign, violations };
}

describe('content security policy', () => {
  it('every page carries a strict CSP without unsafe-inline scripts', async () => {
    const res = await fetch(`${base}/causes/clock-skew/`);
    const html = await res.text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  });

  it.each(pageTypes())('%s (%s): no violation, no foreign request', async (_type, path) => {
    const context = await browser().newContext();
    const { page, foreign, violations } = await watchedPage(context);
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    // Use what the page offers: the copy buttons and the search box.
    const copy = page.locator('.copy-link').first();
    if (await copy.count()) await copy.click();
    await page.locator('#site-search-q').focus();
    await page.keyboard.type('cookies');
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
    const allowed = /^\/(diagnose|check)\//.test(path) ? [statusOrigin] : [];
    expect(foreign.filter((u) => !allowed.includes(new URL(u).origin))).toEqual([]);
    await context.close();
  });
});
