/** Reading the built site in dist/: pages, their ids and their links. */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlFilesIn } from '../../scripts/dist-files';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Built HTML files, relative to dist/ (causes/x/index.html). */
export const htmlFiles = (): string[] => htmlFilesIn(DIST).map((f) => relative(DIST, f));

/** A wizard answer-path page (diagnose/where=computer/…/index.html): one per path, all from one component. */
export const isAnswerPathPage = (file: string): boolean => /^(?:(?:es|ja)\/)?diagnose\/[a-z0-9-]+=/.test(file);

/**
 * The pages a browser test opens one by one: every page, except that of the wizard's answer-path
 * pages (over a thousand, all drawn by the same component) it takes every 40th and the deepest.
 * Node tests that only read files still read them all.
 */
export function pagesToOpen(files: readonly string[] = htmlFiles()): string[] {
  const paths = files.filter(isAnswerPathPage).sort();
  const deepest = paths.reduce((a, b) => (b.split('/').length > a.split('/').length ? b : a), paths[0] ?? '');
  return files.filter((f) => !isAnswerPathPage(f) || f === deepest || paths.indexOf(f) % 40 === 0);
}

const cache = new Map<string, HTMLElement>();
export function page(file: string): HTMLElement {
  let root = cache.get(file);
  if (!root) {
    root = parse(readFileSync(join(DIST, file), 'utf8'));
    cache.set(file, root);
  }
  return root;
}

/** The dist file that a site path is served from, or undefined when none exists. */
export function fileForPath(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  const candidates = [clean, join(clean, 'index.html')];
  return candidates.find((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}

export function idsOf(file: string): Set<string> {
  return new Set(
    page(file)
      .querySelectorAll('[id]')
      .map((el) => el.getAttribute('id')!),
  );
}

/** URL path of a dist HTML file: causes/x/index.html → /causes/x/ */
export const pathOf = (file: string): string => `/${file.replace(/index\.html$/, '')}`;
