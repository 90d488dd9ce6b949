/**
 * Build time only: each cause's short name comes from its article's front matter (`label` in
 * content/causes/<slug>.mdx), its one home. Build-time pages read it through `causeLabel`
 * (./content.ts); the browser, which names causes in wizard results drawn in place, gets the same
 * table through `virtual:cause-labels`, made here when the site is built.
 */
import { virtualModule } from './virtual-module.ts'; // with its extension: the configs load this file natively
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CAUSE_SLUGS, type CauseSlug } from '../config/causes.ts'; // with its extension: vitest.config.ts loads this file natively

export type CauseLabels = Readonly<Record<CauseSlug, string>>;

const CAUSES_DIR = join(process.cwd(), 'content/causes');

/** The front matter of an MDX file (between the first two `---` lines), parsed; undefined if it has none. */
function frontMatter(text: string): unknown {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  return m ? parse(m[1]!) : undefined;
}

/** Every cause's label; throws naming the file when one is missing or not text. */
export function readCauseLabels(dir = CAUSES_DIR): CauseLabels {
  const files = new Set(readdirSync(dir).filter((f) => f.endsWith('.mdx')));
  const out: Partial<Record<CauseSlug, string>> = {};
  for (const slug of CAUSE_SLUGS) {
    const file = join(dir, `${slug}.mdx`);
    if (!files.has(`${slug}.mdx`)) throw new Error(`${file}: missing (every cause in src/config/causes.ts needs its article)`);
    const data = frontMatter(readFileSync(file, 'utf8')) as { label?: unknown } | undefined;
    const label = data?.label;
    if (typeof label !== 'string' || !label.trim()) throw new Error(`${file}: the front matter needs a \`label\` (the cause's short name)`);
    out[slug] = label;
  }
  return out as CauseLabels;
}

/** Vite plugin: `import labels from 'virtual:cause-labels'` gets `readCauseLabels()`, read at build time. */
export const causeLabelsPlugin = () => virtualModule('cause-labels', readCauseLabels);
