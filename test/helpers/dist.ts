/** Reading the built site in dist/: pages, their ids and their links. */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlFilesIn } from '../../scripts/dist-files';
import { localeOfPath, unlocalizedPath } from '../../src/common/locale-path';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Built HTML files, relative to dist/ (causes/x/index.html). */
export const htmlFiles = (): string[] => htmlFilesIn(DIST).map((f) => relative(DIST, f));

/** A wizard answer-path page (diagnose/where=computer/…/index.html, or es/diagnose/…): one per path and language, all from one component. */
export const isAnswerPathPage = (file: string): boolean => /^diagnose\/[a-z0-9-]+=/.test(unlocalizedPath(`/${file}`).slice(1));
const localeOfFile = (file: string): string => localeOfPath(`/${file}`);

/** A wizard page that is not an answer path (a question's or a result's own page), in any language. */
const isWizardStepPage = (file: string): boolean => /^diagnose\//.test(unlocalizedPath(`/${file}`).slice(1)) && !isAnswerPathPage(file);

/**
 * The pages a browser test opens one by one: every page, except that the wizard's pages, all drawn
 * by one component, are sampled in each language (Japanese included): of the answer-path pages
 * (over a thousand per language) every 80th and the deepest; of the question and result pages
 * every 4th and the heaviest. Node tests that only read files still read them all.
 */
export function pagesToOpen(files: readonly string[] = htmlFiles()): string[] {
  const sampled = new Set<string>();
  const sample = (kind: (f: string) => boolean, every: number, worst: (a: string, b: string) => string) => {
    for (const locale of new Set(files.filter(kind).map(localeOfFile))) {
      const pages = files.filter((f) => kind(f) && localeOfFile(f) === locale).sort();
      const extreme = pages.reduce(worst, pages[0] ?? '');
      for (const [i, f] of pages.entries()) if (f === extreme || i % every === 0) sampled.add(f);
    }
  };
  sample(isAnswerPathPage, 80, (a, b) => (b.split('/').length > a.split('/').length ? b : a));
  sample(isWizardStepPage, 4, (a, b) => (size(b) > size(a) ? b : a));
  return files.filter((f) => !(isAnswerPathPage(f) || isWizardStepPage(f)) || sampled.has(f));
}

const size = (file: string): number => statSync(join(DIST, file)).size;

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
