/** The words themselves: every contract cause has a complete article, the FAQ covers the real questions. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { BROWSER_FAMILIES } from '../../src/config/browsers';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const SEED_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

interface Doc {
  file: string;
  data: Record<string, unknown>;
  body: string;
}
function readDoc(file: string): Doc {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no front matter`);
  return { file, data: parseYaml(m[1]!) as Record<string, unknown>, body: m[2]! };
}
const causes = readdirSync(`${CONTENT}causes`).map((f) => readDoc(`${CONTENT}causes/${f}`));
const faq = readdirSync(`${CONTENT}faq`).map((f) => ({ id: f.replace(/\.md$/, ''), ...readDoc(`${CONTENT}faq/${f}`) }));

/** Prose words of an MDX body: tags, heading ids and link targets removed. */
function words(body: string): string[] {
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{#[\w-]+\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9'’\s-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

describe('cause articles', () => {
  it('exist for exactly the contract’s cause slugs', () => {
    const slugs = readdirSync(`${CONTENT}causes`).map((f) => f.replace(/\.mdx$/, ''));
    expect(slugs.sort()).toEqual([...CAUSE_SLUGS].sort());
  });

  it.each(causes.map((c) => [c.file.split('/').pop()!, c] as const))('%s is complete', (_name, doc) => {
    expect(words(doc.body).length).toBeGreaterThanOrEqual(300);
    const h2 = [...doc.body.matchAll(/^## .*\{#([\w-]+)\}\s*$/gm)].map((m) => m[1]);
    expect(h2.slice(0, 4)).toEqual(['is-this-you', 'why-it-happens', 'fix-it-now', 'stop-it-happening-again']);
    // "Fix it now" is numbered steps.
    const fix = doc.body.split(/^## Fix it now.*$/m)[1]!.split(/^## /m)[0]!;
    expect(fix).toMatch(/^1\. /m);
    // Every per-browser block covers the four desktop browsers.
    for (const block of doc.body.split('<BrowserSteps>').slice(1)) {
      const names = [...block.split('</BrowserSteps>')[0]!.matchAll(/<Browser name="(\w+)">/g)].map((m) => m[1]);
      expect(names.sort()).toEqual([...BROWSER_FAMILIES].sort());
    }
    expect((doc.data.keywords as string[]).length).toBeGreaterThanOrEqual(8);
  });

  it('orders are unique', () => {
    const orders = causes.map((c) => c.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('use the seed’s numbers where it gives them', () => {
    const text = (slug: string) => causes.find((c) => c.file.endsWith(`/${slug}.mdx`))!.body;
    expect(text('inactivity-timeout')).toMatch(/15 (to|–|-) ?30 minutes/);
    expect(text('login-time-limit')).toMatch(/12 (or|to|–) 24 hours|12 or 24/);
  });
});

describe('FAQ', () => {
  it('has at least ten questions, five of them most asked', () => {
    expect(faq.length).toBeGreaterThanOrEqual(10);
    expect(faq.filter((q) => q.data.mostAsked).length).toBe(5);
  });

  it('answers the seed’s five questions and the visitor’s own', () => {
    const ids = faq.map((q) => q.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'what-does-it-mean', 'can-i-prevent-it', 'expires-while-active', 'is-it-my-internet', 'keeps-happening',
        'will-i-lose-my-conversation', 'is-it-my-internet', 'does-this-site-see-my-data',
      ]),
    );
  });

  it('every answer links to the causes it names', () => {
    for (const q of faq) {
      for (const slug of q.data.causes as string[]) expect(q.body, `${q.id} → ${slug}`).toContain(`/causes/${slug}/`);
    }
  });
});

describe('prevention checklist', () => {
  it('covers every cause', () => {
    const items = parseYaml(readFileSync(`${CONTENT}prevent.yaml`, 'utf8')) as { cause: string }[];
    expect(new Set(items.map((i) => i.cause))).toEqual(new Set(CAUSE_SLUGS));
  });
});

describe('written in our own words', () => {
  const seeds = existsSync(SEED_DIR) ? readdirSync(SEED_DIR).map((f) => readFileSync(`${SEED_DIR}${f}`, 'utf8')) : [];
  const N = 8;
  const shingles = (ws: string[]) => new Set(ws.slice(0, Math.max(0, ws.length - N + 1)).map((_, i) => ws.slice(i, i + N).join(' ')));

  it.skipIf(seeds.length === 0)('no run of eight words is copied from the seed', () => {
    const seedShingles = new Set(seeds.flatMap((s) => [...shingles(words(s))]));
    const copied: string[] = [];
    for (const doc of [...causes, ...faq]) {
      for (const s of shingles(words(doc.body))) if (seedShingles.has(s)) copied.push(`${doc.file}: “${s}”`);
    }
    expect(copied).toEqual([]);
  });
});
