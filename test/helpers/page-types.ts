/** One built page for each page type, for tests that visit "every page type". */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist';

function first(dir: string): string | undefined {
  const full = join(DIST, dir);
  return existsSync(full) ? readdirSync(full).sort()[0] : undefined;
}

export function pageTypes(): [type: string, path: string][] {
  const step = readdirSync(join(DIST, 'diagnose')).find((d) => d !== 'result' && d !== 'index.html');
  const result = first('diagnose/result');
  const list: [string, string | undefined][] = [
    ['home', '/'],
    ['causes list', '/causes/'],
    ['article', '/causes/cleared-cookies/'],
    ['faq', '/faq/'],
    ['prevent', '/prevent/'],
    ['wizard first question', '/diagnose/'],
    ['wizard question', step && `/diagnose/${step}/`],
    ['wizard result', result && `/diagnose/result/${result}/`],
    ['check', '/check/'],
    ['report', '/report/'],
    ['search with results', '/search/?q=logged+out+wifi'],
    ['answers', '/answers/'],
    ['404', '/no-such-page/'],
  ];
  return list.filter((entry): entry is [string, string] => Boolean(entry[1]));
}
