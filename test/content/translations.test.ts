/**
 * Every translation is a counterpart of its English page: the same files, the same ids and
 * section ids (support links differ only by their prefix), the same facts in the non-text fields,
 * links that stay in the language, and front matter the English schemas accept.
 * Runs on the files in content/ directly, without a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { causeSchema, faqSchema, otherSchema } from '../../src/build/content-schema';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { TRANSLATED_LOCALES } from '../../src/config/locales';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

interface Doc {
  readonly data: Record<string, unknown>;
  readonly body: string;
}
function readDoc(path: string): Doc {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8'));
  if (!m) throw new Error(`${path}: no front matter`);
  return { data: parseYaml(m[1]!) as Record<string, unknown>, body: m[2]! };
}
const filesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort() : []);

/** Heading ids as the build makes them: the written `{#id}`, else the GitHub-style slug of the text. */
function headingIds(body: string): (string | null)[] {
  const slugger = new GithubSlugger();
  return [...body.matchAll(/^#{2,3} (.*)$/gm)].map(([, text]) => {
    const written = /\{#([^}]+)\}\s*$/.exec(text!);
    if (written) return written[1]!;
    return slugger.slug(text!.replace(/[`*_]|\[([^\]]*)\]\([^)]*\)/g, '$1').trim());
  });
}
/** Only the ids a translation writes itself: a translated heading's own slug would differ from English. */
const writtenIds = (body: string): (string | null)[] =>
  [...body.matchAll(/^#{2,3} (.*)$/gm)].map(([, text]) => /\{#([^}]+)\}\s*$/.exec(text!)?.[1] ?? null);
const browserBlocks = (body: string): string[] => [...body.matchAll(/<Browser name="([\w-]+)">/g)].map((m) => m[1]!);
const internalLinks = (body: string): string[] => [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);

/** Fields that are facts, not words: a translation copies them exactly. */
const FACTS: Record<string, readonly string[]> = {
  causes: ['order', 'related', 'checks', 'lastReviewed'],
  faq: ['order', 'mostAsked', 'causes', 'lastReviewed'],
  other: ['order', 'lastReviewed'],
};
const SCHEMAS = { causes: causeSchema(CAUSE_SLUGS), faq: faqSchema(CAUSE_SLUGS), other: otherSchema() };

function problems(schema: (typeof SCHEMAS)[keyof typeof SCHEMAS], value: unknown): string[] {
  const result = schema.safeParse(value);
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe.each(TRANSLATED_LOCALES.map((l) => [l]))('content/%s/', (locale) => {
  for (const dir of ['causes', 'faq', 'other'] as const) {
    const english = filesIn(`${CONTENT}${dir}`);
    it(`${dir}: the same pages as English, no more and no fewer`, () => {
      expect(filesIn(`${CONTENT}${locale}/${dir}`)).toEqual(english);
    });
    it.each(english.filter((f) => existsSync(`${CONTENT}${locale}/${dir}/${f}`)))(`${dir}/%s is a counterpart of the English page`, (file) => {
      const en = readDoc(`${CONTENT}${dir}/${file}`);
      const tr = readDoc(`${CONTENT}${locale}/${dir}/${file}`);
      expect(problems(SCHEMAS[dir], tr.data), 'front matter').toEqual([]);
      expect(Object.keys(tr.data).sort(), 'front-matter fields').toEqual(Object.keys(en.data).sort());
      for (const key of FACTS[dir]!) expect(tr.data[key], key).toEqual(en.data[key]);
      expect((tr.data.sources as unknown[]).length, 'one source for each English source').toBe((en.data.sources as unknown[]).length);
      // Section ids are in support links: the same, in the same order, each written out.
      expect(writtenIds(tr.body), 'heading ids (write {#id} on every heading)').toEqual(headingIds(en.body));
      expect(browserBlocks(tr.body), 'browser steps').toEqual(browserBlocks(en.body));
      for (const href of internalLinks(tr.body)) expect(href, 'links stay in the language').toMatch(new RegExp(`^/${locale}/`));
    });
  }

  it('prevent.yaml: the same checklist items, in the same order, for the same causes', () => {
    const en = parseYaml(readFileSync(`${CONTENT}prevent.yaml`, 'utf8')) as Record<string, unknown>[];
    const tr = parseYaml(readFileSync(`${CONTENT}${locale}/prevent.yaml`, 'utf8')) as Record<string, unknown>[];
    expect(tr.map((i) => [i.id, i.cause, i.anchor])).toEqual(en.map((i) => [i.id, i.cause, i.anchor]));
    for (const item of tr) for (const key of ['action', 'why']) expect(String(item[key] ?? '').length, `${String(item.id)}.${key}`).toBeGreaterThan(5);
  });

  it('messages.yaml: a meaning for every catalog entry; the messages themselves stay as people see them', () => {
    const en = parseYaml(readFileSync(`${CONTENT}messages.yaml`, 'utf8')) as Record<string, unknown>[];
    const tr = parseYaml(readFileSync(`${CONTENT}${locale}/messages.yaml`, 'utf8')) as Record<string, unknown>[];
    expect(tr.map((m) => m.id)).toEqual(en.map((m) => m.id));
    for (const entry of tr) {
      expect(Object.keys(entry).filter((k) => !['id', 'meaning', 'localized', 'localizedSources'].includes(k)), String(entry.id)).toEqual([]);
      expect(String(entry.meaning ?? '').length, String(entry.id)).toBeGreaterThan(20);
    }
  });
});
