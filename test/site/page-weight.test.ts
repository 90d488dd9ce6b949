/** SPEC budgets on the real build: HTML+CSS for first render, and JavaScript before search opens. */
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight';
import { BUDGETS, isInteractivePage } from '../../scripts/budgets';
import { DIST, htmlFiles, pathOf } from '../helpers/dist';

const pages = htmlFiles().filter((f) => !f.includes('pagefind'));

describe('page weight budgets (gzip)', () => {
  it.each(pages)('%s', (file) => {
    const w = pageWeight(DIST, file);
    const path = pathOf(file);
    expect(w.html + w.css, `HTML+CSS of ${path}`).toBeLessThanOrEqual(BUDGETS.firstRender);
    const jsBudget = isInteractivePage(path) ? BUDGETS.interactiveJs : BUDGETS.readingJs;
    expect(w.js, `JavaScript of ${path}: ${w.files.join(', ')}`).toBeLessThanOrEqual(jsBudget);
  });

});
