/**
 * JavaScript loaded by the catalog, the staff index and the report in every language, measured
 * as js-loaded.browser.test.ts measures it: every same-origin script the page loads in Chromium
 * until idle (a report link with wizard answers fetches its words too), gzip. Reading pages: 10 KB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS } from '../../scripts/budgets';
import { gzipSize } from '../../scripts/page-weight';
import { browserForFile } from '../helpers/chromium';
import { DIST } from '../helpers/dist';
import { LOCALES } from '../../src/config/locales';
import { localizedPath } from '../../src/common/locale-path';
import { REPORT_LINKS_V2 } from '../fixtures/report-links-v2';

const base = inject('baseURL');
const browser = browserForFile();
const withAnswers = REPORT_LINKS_V2.find((f) => f.report.answers && f.report.result)!;

/**
 * `locale`: the reader's browser language. A reader of the page's own language sees no offer of
 * another language; the offer (src/browser/language-offer.ts, about 0.5 KB) is measured in
 * language-chrome-budget.browser.test.ts.
 */
async function scriptBytes(path: string, locale: string): Promise<{ total: number; files: string[] }> {
  const context = await browser().newContext({ locale });
  const page = await context.newPage();
  const loaded = new Map<string, number>();
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.origin === base && res.request().resourceType() === 'script')
      loaded.set(url.pathname, gzipSize(readFileSync(join(DIST, url.pathname))));
  });
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { total: [...loaded.values()].reduce((a, b) => a + b, 0), files: [...loaded.keys()] };
}

describe.each(LOCALES)('in %s', (locale) => {
  it.each([
    ['the catalog', '/messages/'],
    ['the staff index', '/answers/'],
    ['a report', `/report/#${withAnswers.link}`],
  ])('%s stays within the reading budget for a reader of its language', async (_, path) => {
    const at = localizedPath(locale, path);
    const { total, files } = await scriptBytes(at, locale);
    console.log(`${at.split('#')[0]}: ${total} B (${files.length} files)`);
    expect(files.length).toBeGreaterThan(0);
    expect(total, files.join(', ')).toBeLessThanOrEqual(BUDGETS.readingJs);
  });
});
