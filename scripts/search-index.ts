/**
 * Builds the Pagefind search index of dist/ (run by `npm run build` after `astro build`).
 * Every page with a `data-pagefind-body` is indexed, except the pages in SPLIT_RULES, which are
 * indexed entry by entry (see search-records.ts). FAQ answers carry their front-matter
 * keywords as metadata, as cause articles do through their <meta name="keywords">; catalog
 * messages carry their exact wording and variants, so a pasted message finds its entry.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { htmlFilesIn, urlPathOf } from './dist-files.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../src/config/locales.ts';
import { localizedPath, SPLIT_RULES, splitPage, type IndexRecord } from './search-records.ts';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const CONTENT = fileURLToPath(new URL('../content/', import.meta.url));
const MESSAGES_FILE = fileURLToPath(new URL('../content/messages.yaml', import.meta.url));

/** Each FAQ answer's keywords from its front matter (the file name is the answer's id), in one language. */
function faqKeywords(locale: Locale): Map<string, string[]> {
  const dir = join(CONTENT, locale === DEFAULT_LOCALE ? '' : locale, 'faq');
  const out = new Map<string, string[]>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '';
    const data = parseYaml(front) as { keywords?: string[] };
    out.set(name.replace(/\.md$/, ''), data.keywords ?? []);
  }
  return out;
}

/** Catalog wordings by entry id: the message and its variants. */
function messageKeywords(): Map<string, string[]> {
  const entries = parseYaml(readFileSync(MESSAGES_FILE, 'utf8')) as { id: string; message: string; variants?: string[] }[];
  return new Map(entries.map((e) => [e.id, [e.message, ...(e.variants ?? [])]]));
}

export async function buildIndex(dist = DIST): Promise<{ pages: number; records: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const keywordsByPage: Record<string, Map<string, string[]>> = {
    ...Object.fromEntries(LOCALES.map((locale) => [localizedPath(locale, '/faq/'), faqKeywords(locale)])),
    '/messages/': messageKeywords(),
  };
  let pages = 0;
  const records: IndexRecord[] = [];
  for (const file of htmlFilesIn(dist)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const rule = SPLIT_RULES.find((r) => r.path === urlPathOf(dist, file));
    if (rule) {
      records.push(...splitPage(html, rule, (id) => keywordsByPage[rule.path]?.get(id) ?? []));
      continue;
    }
    records.push({ url: urlPathOf(dist, file), html });
    pages++;
  }
  for (const record of records) {
    const res = await index.addHTMLFile({ url: record.url, content: record.html });
    if (res.errors.length) throw new Error(`Pagefind: ${record.url}: ${res.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages, records: records.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { pages, records } = await buildIndex();
  console.log(`Search index: ${records} records (${pages} whole pages, ${records - pages} entries of split pages) in dist/pagefind/`);
}
