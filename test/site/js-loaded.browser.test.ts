/**
 * JavaScript budgets measured the way a visitor pays them: every script the page really loads in
 * Chromium, lazy chunks included, until it is idle (the wizard's and /check/'s checks finished).
 * Sizes are the gzip size of each served file. Interaction-only chunks (search, a wizard result
 * reached in place) are not loaded here, so they are not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUDGETS } from '../../scripts/budgets';
import { gzipSize } from '../../scripts/page-weight';
import { answerForeignOriginsLocally, browserForFile, profilesForFile } from '../helpers/chromium';
import { answersPath } from '../../src/wizard/path';
import { DIST } from '../helpers/dist';
import { TRANSLATED_LOCALES } from '../../src/config/locales';
import { localizedPath } from '../../src/common/locale-path';

const base = inject('baseURL');
const browser = browserForFile();
const profiles = profilesForFile();

/**
 * Open a page, let it run, and return the gzip bytes of each same-origin script it loaded.
 * `normalWindow`: a persistent profile, like a visitor's own browser window (a plain Playwright
 * context is off-the-record, which the private-window check rightly reports).
 */
async function scriptsLoaded(path: string, settle: (page: Page) => Promise<void>, normalWindow = false): Promise<Map<string, number>> {
  const context = normalWindow ? await profiles.open() : await browser().newContext();
  await answerForeignOriginsLocally(context);
  const page = await context.newPage();
  const loaded = new Map<string, number>();
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.origin === base && res.request().resourceType() === 'script') {
      loaded.set(url.pathname, gzipSize(readFileSync(join(DIST, url.pathname))));
    }
  });
  await page.goto(`${base}${path}`);
  await settle(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  return loaded;
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const describeLoad = (m: Map<string, number>) => [...m].map(([f, n]) => `${f.split('/').pop()} ${n}`).join(', ');

describe('JavaScript loaded (gzip)', () => {
  it('a wizard question, with the checks it starts, stays within the interactive budget', async () => {
    const loaded = await scriptsLoaded('/diagnose/', async (page) => {
      // Checks are bounded by 3 s each; wait until the detection chunks have settled.
      await page.waitForTimeout(3_500);
    });
    console.log(`/diagnose/: ${total(loaded)} B: ${describeLoad(loaded)}`);
    expect([...loaded.keys()].some((f) => f.includes('detectIncognito'))).toBe(true); // the checks did start (the private-window check loads it)
    expect(total(loaded)).toBeLessThanOrEqual(BUDGETS.interactiveJs);
  });

  it('a result page opened from a link loads no result words while the live findings change nothing on it', async () => {
    const path = answersPath([
      { step: 'where', answer: 'computer' },
      { step: 'message', answer: 'session-expired' },
      { step: 'when', answer: 'network' },
    ]);
    const loaded = await scriptsLoaded(path, (page) => page.locator('[data-wizard][data-checks-done]').waitFor({ timeout: 10_000 }), true);
    console.log(`${path}: ${total(loaded)} B: ${describeLoad(loaded)}`);
    expect([...loaded.keys()].some((f) => f.includes('wizard-result-render'))).toBe(false);
    expect(total(loaded)).toBeLessThanOrEqual(BUDGETS.interactiveJs);
  });

  it.each(['en', ...TRANSLATED_LOCALES] as const)(
    '/check/ in %s with every check run stays within the interactive budget',
    async (locale) => {
      const path = localizedPath(locale, '/check/');
      const loaded = await scriptsLoaded(path, (page) =>
        page
          .waitForFunction(() => document.querySelector('[data-check-list]')?.getAttribute('aria-busy') === 'false', null, {
            timeout: 15_000,
          })
          .then(() => undefined),
      );
      console.log(`${path}: ${total(loaded)} B: ${describeLoad(loaded)}`);
      expect([...loaded.keys()].some((f) => f.includes('bowser'))).toBe(true);
      // Its own language's words only: no other language's check words load.
      const otherWords = [...loaded.keys()].filter((f) => /\/(en|es|ja)-(live|more)\./.test(f) && !f.includes(`/${locale}-`));
      expect(otherWords).toEqual([]);
      expect(total(loaded)).toBeLessThanOrEqual(BUDGETS.interactiveJs);
    },
  );

  it('an article loads at most the reading budget until search is opened, and search loads on focus', async () => {
    const before = await scriptsLoaded('/causes/cleared-cookies/', async () => {});
    console.log(`article: ${total(before)} B: ${describeLoad(before)}`);
    expect(total(before)).toBeLessThanOrEqual(BUDGETS.readingJs);
    expect([...before.keys()].some((f) => f.includes('pagefind'))).toBe(false);
  });
});
