/** Walking a built site: its HTML files and the URL path each one is served at. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every .html file under `dir` (absolute paths, sorted), skipping Pagefind's own bundle. */
export function htmlFilesIn(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') out.push(...htmlFilesIn(full));
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

/** URL path of a built file: dist/causes/x/index.html → /causes/x/ */
export const urlPathOf = (distDir: string, file: string): string => `/${relative(distDir, file).replace(/index\.html$/, '')}`;
