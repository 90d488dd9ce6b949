/** Budgets on the real build: whole-page HTML+CSS and JavaScript before search opens (gzip). */
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight';
import { BUDGETS, INDEX_PAGES, isIndexPage, isInteractivePage } from '../../scripts/budgets';
import { DIST, htmlFiles, page, pathOf } from '../helpers/dist';
import { unlocalizedPath } from '../../src/common/locale-path';

const pages = htmlFiles().filter((f) => !f.includes('pagefind'));

describe('page weight budgets (gzip)', () => {
  // One test per page for both rules: 5,400 pages in three languages, each read and gzipped once.
  it.each(pages)('%s: within budget, and paints from one request (its stylesheet inside the HTML)', (file) => {
    const w = pageWeight(DIST, file);
    const path = pathOf(file);
    const whole = isIndexPage(path) ? BUDGETS.wholeIndexPage : BUDGETS.wholePage;
    expect(w.html + w.css, `HTML+CSS of ${path}`).toBeLessThanOrEqual(whole);
    const jsBudget = isInteractivePage(path) ? BUDGETS.interactiveJs : BUDGETS.readingJs;
    expect(w.js, `JavaScript of ${path}: ${w.files.join(', ')}`).toBeLessThanOrEqual(jsBudget);
    // A linked stylesheet blocks first paint for one more round trip (about 0.3–0.4 s on a phone).
    expect(w.css, `stylesheet linked from ${path}`).toBe(0);
    const redirect = page(file).querySelector('meta[http-equiv="refresh"]') !== null; // a moved URL: nothing to paint
    if (!redirect) expect(page(file).querySelector('style'), `no inline stylesheet in ${path}`).not.toBeNull();
  });

  it('knows which pages list everything', () => {
    const listing = new Set(pages.map(pathOf).filter(isIndexPage).map(unlocalizedPath));
    expect([...listing].sort()).toEqual([...INDEX_PAGES].sort());
  });
});
