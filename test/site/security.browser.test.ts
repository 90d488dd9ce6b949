/** The Content-Security-Policy holds while the site is used, and nothing talks to another origin. */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { answerForeignOriginsLocally, browserForFile } from '../helpers/chromium';
import { unlocalizedPath } from '../../src/common/locale-path';
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
  // Chromium also reports every violation on the console, which outlives page navigations.
  const consoleReports: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) consoleReports.push(m.text());
  });
  await answerForeignOriginsLocally(context);
  const violations = (p: Page) => p.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, foreign, violations, consoleReports };
}

describe('content security policy', () => {
  it('every page carries a strict CSP without unsafe-inline scripts', async () => {
    const res = await fetch(`${base}/causes/clock-skew/`);
    const html = await res.text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    // Only the pages that run the live checks may reach the status provider.
    expect(csp).toMatch(/connect-src 'self';/);
    const checkPage = await (await fetch(`${base}/check/`)).text();
    expect(checkPage).toContain(`connect-src 'self' ${statusOrigin};`);
    const wizardPage = await (await fetch(`${base}/diagnose/when/`)).text();
    expect(wizardPage).toContain(`connect-src 'self' ${statusOrigin};`);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  });

  // Every page type in English and Japanese (the same components and scripts serve Spanish).
  it.each(pageTypes(['en', 'ja']))('%s (%s): no violation, no foreign request', async (_type, path) => {
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
    const allowed = /^\/(diagnose|check)\//.test(unlocalizedPath(path)) ? [statusOrigin] : [];
    expect(foreign.filter((u) => !allowed.includes(new URL(u).origin))).toEqual([]);
    await context.close();
  });
});

describe('every feature, used with the policy on', () => {
  it('search, the wizard, the checks, a report and the staff index run without a single violation', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const { page, foreign, violations, consoleReports } = await watchedPage(context);
    const seen: string[] = [];
    const record = async (where: string) => {
      for (const v of await violations(page)) seen.push(`${where}: ${v}`);
    };

    // Search from the header, open a result (the result page highlights the words).
    await page.goto(`${base}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('logged out when I switch wifi');
    await page.locator('#site-search-q-results [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/causes\//);
    await page.waitForLoadState('networkidle');
    await record('search');

    // The wizard, answered to a result, with its live checks and the copied summary + report.
    await page.goto(`${base}/diagnose/`);
    for (const [step, answer] of [
      ['where', 'computer'],
      ['message', 'session-expired'],
      ['when', 'reopen'],
      ['private-window', 'no'],
      ['clears-on-close', 'yes'],
    ] as const) {
      await expect.poll(() => page.locator('[data-wizard]').getAttribute('data-step')).toBe(step);
      // A live check may have turned the question into a confirmation: either way, this answer.
      await page.locator(`.wizard-answers a[data-answer="${answer}"]`).click();
    }
    await page.getByRole('button', { name: /Copy a summary/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/report\/#/);
    await record('wizard');

    // The checks: run, run again, share, copy; then the shared report.
    await page.goto(`${base}/check/`);
    const done = () =>
      page.waitForFunction(() => document.querySelector('[data-check-list]')?.getAttribute('aria-busy') === 'false', null, {
        timeout: 15_000,
      });
    await done();
    await page.getByRole('button', { name: 'Check again' }).click();
    await done();
    await page.getByRole('button', { name: 'Copy report' }).click();
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByLabel(/Report link/).inputValue();
    await record('check');
    await page.goto(link);
    await page.locator('[data-report] h2').first().waitFor();
    await record('report');

    // The staff index: filter, copy a link and a reply.
    await page.goto(`${base}/answers/`);
    await page.getByLabel('Filter answers').fill('clock');
    await page
      .getByRole('button', { name: /^Copy link/ })
      .first()
      .click();
    await page
      .getByRole('button', { name: /^Copy reply/ })
      .first()
      .click();
    await record('answers');

    expect(seen).toEqual([]);
    expect(consoleReports).toEqual([]);
    expect(foreign.filter((u) => new URL(u).origin !== statusOrigin)).toEqual([]);
    await context.close();
  });
});
