/**
 * The words themselves: every contract cause and topic has a complete page, every page names its
 * sources, the catalog holds real messages, and nothing is copied from the seed article.
 * Runs on the files in content/ directly, so a writer gets an answer in a second, without a build.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { ARTICLE_SECTIONS } from '../../src/config/article-sections';
import { OTHER_TOPICS } from '../../src/config/other-topics';
import { BROWSER_FAMILIES, REQUIRED_BROWSERS } from '../../src/config/browsers';
import { causeSchema, faqSchema, messageSchema, otherSchema, preventSchema } from '../../src/build/content-schema';
import { questionMeta } from '../../src/wizard/steps';
import { MESSAGE_STEP } from '../../src/wizard/tree';
import { MESSAGE_GROUP_IDS } from '../../src/config/messages';
import { fingerprint, runs, words } from '../helpers/shingles';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const SEED_FINGERPRINTS = fileURLToPath(new URL('../fixtures/seed-fingerprints.json', import.meta.url));

interface Doc {
  file: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}
function readDoc(dir: string, name: string): Doc {
  const file = `${CONTENT}${dir}/${name}`;
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no front matter`);
  return {
    file: `content/${dir}/${name}`,
    id: name.replace(/\.mdx?$/, ''),
    data: parseYaml(m[1]!) as Record<string, unknown>,
    body: m[2]!,
  };
}
const docsIn = (dir: string): Doc[] =>
  readdirSync(`${CONTENT}${dir}`)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => readDoc(dir, f));
const causes = docsIn('causes');
const faq = docsIn('faq');
const other = existsSync(`${CONTENT}other`) ? docsIn('other') : [];
const messages = parseYaml(readFileSync(`${CONTENT}messages.yaml`, 'utf8')) as Record<string, unknown>[];
const prevent = parseYaml(readFileSync(`${CONTENT}prevent.yaml`, 'utf8')) as Record<string, unknown>[];
const wizardAnswers = questionMeta(MESSAGE_STEP)!.answers.map((a) => a.id);

/** Schema problems as "field: message" lines, so a failure names what to fix. */
function problems(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** The ids of the h2 sections of a body, in order. */
const h2Ids = (body: string): string[] => [...body.matchAll(/^## .*\{#([\w-]+)\}\s*$/gm)].map((m) => m[1]!);

const PLACEHOLDER = /todo\.invalid|\bTODO\b/;

describe('cause articles', () => {
  it('exist for exactly the contract’s cause slugs', () => {
    expect(causes.map((c) => c.id).sort()).toEqual([...CAUSE_SLUGS].sort());
  });

  it.each(causes.map((c) => [c.file, c] as const))('%s has valid front matter', (_file, doc) => {
    expect(problems(causeSchema(CAUSE_SLUGS), doc.data)).toEqual([]);
  });

  it.each(causes.map((c) => [c.file, c] as const))('%s has the fixed sections, numbered fix steps and every platform', (_file, doc) => {
    expect(words(doc.body).length).toBeGreaterThanOrEqual(300);
    expect(h2Ids(doc.body)).toEqual([...ARTICLE_SECTIONS]);
    const fix = doc.body.split(/^## Fix it now.*$/m)[1]!.split(/^## /m)[0]!;
    expect(fix).toMatch(/^1\. /m);
    for (const block of doc.body.split('<BrowserSteps>').slice(1)) {
      const names = [...block.split('</BrowserSteps>')[0]!.matchAll(/<Browser name="([\w-]+)">/g)].map((m) => m[1]!);
      expect(
        names.filter((n) => n !== 'chatgpt-app'),
        'required platforms, in order',
      ).toEqual(REQUIRED_BROWSERS);
      for (const n of names) expect(BROWSER_FAMILIES).toContain(n);
    }
    expect((doc.data.keywords as string[]).length).toBeGreaterThanOrEqual(8);
    // The body must not carry its own Sources section: the page renders it from the front matter.
    expect(doc.body).not.toMatch(/^## Sources/m);
  });

  it('“Try this first” works on a phone: no step relies on a keyboard shortcut alone', () => {
    const shortcut = /\b(Ctrl|Cmd|Alt|Shift)\s*\+|\bF5\b/;
    const touch = /\b(tap|button|pull down|menu|open|settings)\b/i;
    const keyboardOnly = causes.flatMap((c) =>
      (c.data.tryFirst as string[]).filter((step) => shortcut.test(step) && !touch.test(step)).map((step) => `${c.file}: ${step}`),
    );
    expect(keyboardOnly).toEqual([]);
  });

  it('orders are unique', () => {
    const orders = causes.map((c) => c.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

describe('FAQ', () => {
  it.each(faq.map((q) => [q.file, q] as const))('%s has valid front matter', (_file, doc) => {
    expect(problems(faqSchema(CAUSE_SLUGS), doc.data)).toEqual([]);
  });

  it('has at least ten questions, five of them most asked', () => {
    expect(faq.length).toBeGreaterThanOrEqual(10);
    expect(faq.filter((q) => q.data.mostAsked).length).toBe(5);
  });

  it('keeps every published answer id', () => {
    expect(faq.map((q) => q.id)).toEqual(
      expect.arrayContaining([
        'what-does-it-mean',
        'can-i-prevent-it',
        'expires-while-active',
        'is-it-my-internet',
        'keeps-happening',
        'will-i-lose-my-conversation',
        'does-this-site-see-my-data',
      ]),
    );
  });

  it('every answer links to the causes it names', () => {
    for (const q of faq) {
      for (const slug of q.data.causes as string[]) expect(q.body, `${q.id} → ${slug}`).toContain(`/causes/${slug}/`);
    }
  });
});

describe('not a sign-in problem', () => {
  it('has a page for exactly the contract’s topics', () => {
    expect(other.map((d) => d.id).sort()).toEqual([...OTHER_TOPICS].sort());
  });

  it.each(other.map((d) => [d.file, d] as const))('%s has valid front matter and the three sections', (_file, doc) => {
    expect(problems(otherSchema(), doc.data)).toEqual([]);
    expect(h2Ids(doc.body)).toEqual(['what-it-means', 'what-to-do', 'where-to-get-help']);
    expect(doc.body.split(/^## What to do.*$/m)[1]).toMatch(/^1\. /m);
  });
});

describe('message catalog', () => {
  it('holds at least 50 real messages with unique ids and wordings', () => {
    expect(messages.length).toBeGreaterThanOrEqual(50);
    const ids = messages.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const wordings = messages.flatMap((m) =>
      [m.message, ...((m.variants as string[] | undefined) ?? [])].map((w) => String(w).toLowerCase()),
    );
    const repeated = wordings.filter((w, i) => wordings.indexOf(w) !== i);
    expect(repeated).toEqual([]);
    // Group headings share the page's id space with the entries.
    expect(ids.filter((id) => (MESSAGE_GROUP_IDS as readonly unknown[]).includes(id))).toEqual([]);
  });

  it.each(messages.map((m) => [String(m.id), m] as const))('%s is a valid entry', (_id, entry) => {
    expect(problems(messageSchema([...CAUSE_SLUGS, ...OTHER_TOPICS], wizardAnswers), entry)).toEqual([]);
  });

  it('answers with every /other/ topic and the new causes', () => {
    const answers = new Set(messages.map((m) => m.answer));
    for (const t of [...OTHER_TOPICS, 'security-check', 'unusual-activity', 'third-party-tools', 'chatgpt-apps'])
      expect(answers, t).toContain(t);
  });
});

describe('prevention checklist', () => {
  it('is valid and covers every cause', () => {
    for (const item of prevent) expect(problems(preventSchema(CAUSE_SLUGS), item)).toEqual([]);
    expect(new Set(prevent.map((i) => i.cause))).toEqual(new Set(CAUSE_SLUGS));
  });
});

describe('sourced facts', () => {
  const all = [...causes, ...faq, ...other];

  it('no page carries a placeholder', () => {
    const found = [
      ...all.filter((d) => PLACEHOLDER.test(JSON.stringify(d.data)) || PLACEHOLDER.test(d.body)).map((d) => d.file),
      ...messages.filter((m) => PLACEHOLDER.test(JSON.stringify(m))).map((m) => `messages.yaml#${String(m.id)}`),
    ];
    expect(found).toEqual([]);
  });

  // Numbers the seed article stated without a source. OpenAI publishes none of them.
  const UNSOURCED = [/15\s*(?:to|–|-)\s*30 minutes/i, /\b12 (?:or|to|–) 24 hours\b/i, /only one active session/i];
  it.each(UNSOURCED.map((re) => [String(re), re] as const))('no page states the seed’s unsourced figure %s', (_name, re) => {
    const found = [
      ...all.filter((d) => re.test(d.body) || re.test(JSON.stringify(d.data))).map((d) => d.file),
      ...(re.test(JSON.stringify(prevent)) ? ['content/prevent.yaml'] : []),
    ];
    expect(found).toEqual([]);
  });
});

describe('written in our own words', () => {
  const seed = new Set((JSON.parse(readFileSync(SEED_FINGERPRINTS, 'utf8')) as { fingerprints: string[] }).fingerprints);
  const copiedIn = (text: string) => runs(text).filter((r) => seed.has(fingerprint(r)));

  it('no run of eight words is copied from the article the project started from', () => {
    expect(seed.size).toBeGreaterThan(500);
    const texts = [...causes, ...faq, ...other].map((d) => ({ file: d.file, text: d.body }));
    texts.push(...messages.map((m) => ({ file: `messages.yaml#${String(m.id)}`, text: String(m.meaning) })));
    expect(texts.flatMap(({ file, text }) => copiedIn(text).map((r) => `${file}: “${r}”`))).toEqual([]);
  });

  it('finds a copied run, however it is cased, punctuated or linked', () => {
    const source = 'One two three four five six seven eight nine ten.';
    const known = new Set(runs(source).map(fingerprint));
    expect(runs('Intro. ONE two, [three](/x/) four — five six seven EIGHT! Outro').some((r) => known.has(fingerprint(r)))).toBe(true);
    expect(runs('one two three four five six seven nine').some((r) => known.has(fingerprint(r)))).toBe(false);
  });
});
