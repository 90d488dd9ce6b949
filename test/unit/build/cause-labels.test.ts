/**
 * A cause's short name has one home, its article's front-matter `label`: the build reads it
 * (src/build/cause-labels.ts), fails naming the file when it is missing, and the wizard's results,
 * the /answers/ list and the report words all name causes with it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { causeLabelsPlugin, readCauseLabels } from '../../../src/build/cause-labels';
import { CAUSE_SLUGS } from '../../../src/config/causes';
import { wizardWords } from '../../../src/report/wizard-words';
import { outcomeTitle } from '../../../src/wizard/outcome-title';
import { OUTCOMES } from '../../../src/wizard/outcomes';
import { resultView } from '../../../src/wizard/result-view';
import { wizardResults } from '../../../src/wizard/results';

/** The label as written in the article, read independently of the module under test. */
const articleLabel = (slug: string): string => {
  const text = readFileSync(new URL(`../../../content/causes/${slug}.mdx`, import.meta.url), 'utf8');
  return (parse(text.split(/^---$/m)[1]!) as { label: string }).label;
};

describe('cause labels from the articles', () => {
  it('reads every cause’s label from its article', () => {
    const labels = readCauseLabels();
    expect(Object.keys(labels).sort()).toEqual([...CAUSE_SLUGS].sort());
    for (const slug of CAUSE_SLUGS) expect(labels[slug], slug).toBe(articleLabel(slug));
  });

  it('fails naming the file when a label is missing, or an article is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'causes-'));
    for (const slug of CAUSE_SLUGS) writeFileSync(join(dir, `${slug}.mdx`), `---\nlabel: "${slug} label"\n---\n\nText.\n`);
    expect(readCauseLabels(dir)['clock-skew']).toBe('clock-skew label');
    writeFileSync(join(dir, 'clock-skew.mdx'), '---\ntitle: "No label here"\n---\n');
    expect(() => readCauseLabels(dir)).toThrow(`${join(dir, 'clock-skew.mdx')}: the front matter needs a \`label\``);
    writeFileSync(join(dir, 'clock-skew.mdx'), 'No front matter at all.\n');
    expect(() => readCauseLabels(dir)).toThrow(`${join(dir, 'clock-skew.mdx')}: the front matter needs a \`label\``);
  });

  it('gives the browser the same table as a virtual module', () => {
    const plugin = causeLabelsPlugin();
    const id = plugin.resolveId('virtual:cause-labels')!;
    expect(plugin.resolveId('./elsewhere')).toBeUndefined();
    expect(plugin.load(id)).toBe(`export default ${JSON.stringify(readCauseLabels())};`);
  });

  it('names every cause outcome by its article, everywhere the wizard names it; other outcomes keep their own titles', () => {
    const words = wizardWords();
    const listed = new Map(wizardResults().map((r) => [r.id, r.title]));
    for (const slug of CAUSE_SLUGS) {
      const label = articleLabel(slug);
      expect(outcomeTitle(slug), slug).toBe(label);
      expect(words.results[slug], slug).toBe(label);
      expect(listed.get(slug), slug).toBe(label);
      expect(resultView(slug).title, slug).toBe(label);
      expect(OUTCOMES[slug], slug).not.toHaveProperty('title'); // no second home
    }
    expect(outcomeTitle('rate-limits')).toBe(OUTCOMES['rate-limits'].title);
    expect(words.results.unclear).toBe(OUTCOMES.unclear.title);
  });
});
