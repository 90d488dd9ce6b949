/** The wizard's tree and words as data: answers that give evidence say so in words, message choices quote the catalog. */
import { describe, expect, it } from 'vitest';
import { CAUSE_SLUGS } from '../../../src/config/causes';
import { wizardResults } from '../../../src/wizard/results';
import { RESULT_IDS, questionMeta } from '../../../src/wizard/steps';
import { MESSAGE_STEP } from '../../../src/wizard/tree';
import { validateTree } from '../../../src/wizard/validate';
import { wizardTree } from '../../../src/build/wizard-tree-check';
import { rawMessages } from '../../helpers/catalog';

describe('questions and results as data', () => {
  it('every question and answer has words, ids fit in a URL, and evidence is explained (the build’s own check)', () => {
    // Ids, words, routes, weights, reasons, reachability: src/wizard/validate.ts, which the build runs.
    expect(validateTree(wizardTree())).toEqual([]);
  });

  it('every quoted message in the message choices is a message people reported (content/messages.yaml)', () => {
    const catalog = rawMessages();
    const known = catalog.flatMap((m) => [m.message, ...(m.variants ?? [])]).map((t) => t.replace(/\.\.\./g, '…').toLowerCase());
    for (const step of [MESSAGE_STEP, 'other-message']) {
      for (const a of questionMeta(step)!.answers) {
        for (const [, quote] of a.label.matchAll(/“([^”]+)”/g)) {
          const words = quote!.replace(/^… /, '').toLowerCase();
          expect(
            known.some((k) => k.includes(words)),
            `${step}=${a.id}: “${quote}”`,
          ).toBe(true);
        }
      }
    }
    // The paste box continues the wizard with the message choice a catalog entry names.
    const choices = questionMeta(MESSAGE_STEP)!.answers.map((a) => a.id);
    for (const m of catalog.filter((x) => x.wizard)) expect(choices, m.id).toContain(m.wizard);
  });

  it('every result has its words, and the staff list has every result with a short summary', () => {
    const list = wizardResults();
    expect(list.map((r) => r.id)).toEqual([...RESULT_IDS]);
    expect(
      list
        .map((r) => r.cause)
        .filter(Boolean)
        .sort(),
    ).toEqual([...CAUSE_SLUGS].sort());
    for (const r of list) {
      expect(r.url).toBe(`/diagnose/result/${r.id}/`);
      expect(r.summary.length, r.id).toBeLessThanOrEqual(160);
      expect(r.title.length).toBeGreaterThan(3);
    }
  });
});
