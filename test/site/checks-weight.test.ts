/**
 * The whole JavaScript the check page loads to run its checks, lazy chunks included (bowser,
 * detectincognitojs, the release-date table are imported dynamically after first paint, which
 * the generic page-weight test does not count), stays within the interactive budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/budgets';
import { gzipSize, pageWeight } from '../../scripts/page-weight';
import { DIST } from '../helpers/dist';

/** Chunks reachable by dynamic import() from the given files, recursively. */
function lazyChunks(files: readonly string[]): string[] {
  const seen = new Set<string>(files);
  const found: string[] = [];
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift()!;
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g)) {
      const path = new URL(m[1]!, `http://x${file}`).pathname;
      if (seen.has(path)) continue;
      seen.add(path);
      found.push(path);
      queue.push(path);
    }
  }
  return found;
}

describe('check page JavaScript, everything it loads to run the checks (gzip)', () => {
  it.each(['check/index.html', 'report/index.html'])('%s', (file) => {
    const w = pageWeight(DIST, file);
    const lazy = lazyChunks(w.files.filter((f) => f.endsWith('.js')));
    const lazyBytes = lazy.reduce((sum, f) => sum + gzipSize(readFileSync(join(DIST, f))), 0);
    const total = w.js + lazyBytes;
    console.log(`${file}: first load ${w.js} B + lazy ${lazyBytes} B (${lazy.join(', ') || 'none'}) = ${total} B gzip`);
    if (file.startsWith('check/')) {
      // The heavy helpers are really lazy: not in the first-load graph.
      expect(lazy.some((f) => f.includes('bowser'))).toBe(true);
      expect(w.files.some((f) => f.includes('bowser'))).toBe(false);
    }
    expect(total).toBeLessThanOrEqual(BUDGETS.interactiveJs);
  });
});
