/**
 * "HTML + CSS for first render ≤ 14 KB": on every built page (of the wizard's answer-path pages, a
 * sample: see pagesToOpen), at a phone and a desktop screen, the
 * CSS plus the HTML before the first element drawn below the first screen (see
 * scripts/first-render.ts). Layout decides where that is, so it is measured in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { FOLD_PATH, htmlBeforeFold } from '../../scripts/first-render';
import { pageWeight } from '../../scripts/page-weight';
import { BUDGETS, FIRST_SCREENS } from '../../scripts/budgets';
import { browserForFile } from '../helpers/chromium';
import { DIST, pagesToOpen, pathOf } from '../helpers/dist';

const base = inject('baseURL');
const browser = browserForFile();
// Redirect pages (src/config/redirects.ts) move on at once: their weight is in page-weight.test.ts.
const files = pagesToOpen().filter((f) => !readFileSync(join(DIST, f), 'utf8').includes('http-equiv="refresh"'));
const rows: string[] = [];
afterAll(() => console.log(`\nFirst render (gzip bytes: CSS + HTML before the fold; whole HTML)\n${rows.sort().join('\n')}`));

describe.each(FIRST_SCREENS)('first render on a $name screen ($width × $height)', (screen) => {
  it.each(files)('%s', async (file) => {
    // Without JavaScript: the first screen must not depend on what scripts add later.
    const context = await browser().newContext({ viewport: { width: screen.width, height: screen.height }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${pathOf(file)}`);
    const fold = await page.evaluate(FOLD_PATH);
    await context.close();
    const html = readFileSync(join(DIST, file), 'utf8');
    const { css, html: whole } = pageWeight(DIST, file);
    const bytes = css + htmlBeforeFold(html, fold);
    rows.push(`| ${pathOf(file)} | ${screen.name} | ${bytes} | ${whole + css} |`);
    expect(bytes, `first render of ${pathOf(file)}`).toBeLessThanOrEqual(BUDGETS.firstRender);
  });
});
