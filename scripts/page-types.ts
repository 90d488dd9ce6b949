/**
 * One built page for each page type, for everything that reports or tests "every page type"
 * (the bench, axe, CSP, layout shift). `path` is what a browser opens; `file` is what serves it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATED_LOCALES } from '../src/config/locales.ts';

export interface PageType {
  readonly type: string;
  readonly path: string;
  readonly file: string;
}

/**
 * A search that finds something in each language's own index (each language searches only its
 * own pages). Words people type, not a product string: any page of that language may match.
 */
const SEARCH_WORDS: Readonly<Record<string, string>> = {
  en: 'logged+out+wifi',
  es: 'sesi%C3%B3n+caducada',
  ja: '%E3%83%AD%E3%82%B0%E3%82%A2%E3%82%A6%E3%83%88',
};

/**
 * Every page type in English, then the same types in each other language whose page is built
 * (`article (es)` at /es/causes/cleared-cookies/), so budgets, axe and layout checks cover every
 * language, Japanese text included.
 */
export function pageTypes(distDir: string): PageType[] {
  const english = englishPageTypes(distDir);
  const translated = TRANSLATED_LOCALES.flatMap((locale) =>
    english
      .map((p) => ({
        type: `${p.type} (${locale})`,
        path: `/${locale}${p.type.startsWith('search') ? `/search/?q=${SEARCH_WORDS[locale]}` : p.path}`,
        file: `${locale}/${p.file}`,
      }))
      .filter((p) => existsSync(join(distDir, p.file))),
  );
  return [...english, ...translated];
}

function englishPageTypes(distDir: string): PageType[] {
  const first = (dir: string) => (existsSync(join(distDir, dir)) ? readdirSync(join(distDir, dir)).sort()[0] : undefined);
  const step = readdirSync(join(distDir, 'diagnose'))
    .sort()
    .find((d) => d !== 'result' && d !== 'index.html' && !d.includes('='));
  // An answer path that ends on a result: the static page of some answers (with their reasons).
  const answerPath = (() => {
    let dir = 'diagnose';
    for (;;) {
      const next = existsSync(join(distDir, dir))
        ? readdirSync(join(distDir, dir))
            .sort()
            .find((d) => d.includes('='))
        : undefined;
      if (!next) return dir === 'diagnose' ? undefined : `/${dir}/`;
      dir = `${dir}/${next}`;
    }
  })();
  const result = first('diagnose/result');
  const list: [string, string | undefined, string?][] = [
    ['home', '/'],
    ['causes list', '/causes/'],
    ['article', '/causes/cleared-cookies/'],
    ['other', first('other') && `/other/${first('other')}/`],
    ['messages', '/messages/'],
    ['faq', '/faq/'],
    ['prevent', '/prevent/'],
    ['wizard first question', '/diagnose/'],
    ['wizard question', step && `/diagnose/${step}/`],
    ['wizard result', result && `/diagnose/result/${result}/`],
    ['wizard answers and result', answerPath],
    ['check', '/check/'],
    ['report', '/report/'],
    ['search with results', `/search/?q=${SEARCH_WORDS['en']}`, 'search/index.html'],
    ['answers', '/answers/'],
    ['404', '/no-such-page/', '404.html'],
  ];
  return list
    .filter((e): e is [string, string, string?] => Boolean(e[1]))
    .map(([type, path, file]) => ({ type, path, file: file ?? `${path.slice(1)}index.html` }));
}
