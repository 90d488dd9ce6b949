/** The message catalog as tests read it (content/messages.yaml), and what a result link answers. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { catalogEntry, type CatalogEntry } from '../../src/common/message-match';

const FILE = fileURLToPath(new URL('../../content/messages.yaml', import.meta.url));

export interface RawMessage {
  readonly id: string;
  readonly message: string;
  readonly variants?: readonly string[];
  readonly answer: string;
  readonly wizard?: string;
  readonly group: string;
}

export const rawMessages = (): RawMessage[] => parseYaml(readFileSync(FILE, 'utf8')) as RawMessage[];
export const catalog = (): CatalogEntry[] => rawMessages().map((m) => catalogEntry(m.id, m));

/**
 * The answer page a result link stands for: a catalog entry stands for its answer, an article
 * section for its article; an FAQ answer stays itself (`/faq/#id`, `/ja/faq/#id`). Query strings are dropped.
 */
export function answerOf(href: string, entries: readonly CatalogEntry[] = catalog()): string {
  const url = new URL(href, 'http://x');
  if (url.pathname === '/messages/') return entries.find((e) => e.id === url.hash.slice(1))?.answer ?? href;
  if (/^(\/[a-z]{2})?\/faq\/$/.test(url.pathname)) return `${url.pathname}${url.hash}`;
  return url.pathname;
}

/** Whether a result link fits one of the accepted answers ('/causes/x/', '/other/x/', '/faq/#id'). */
export const fits = (href: string, accept: readonly string[], entries?: readonly CatalogEntry[]): boolean =>
  accept.includes(answerOf(href, entries));
