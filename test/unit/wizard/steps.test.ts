/** The wizard's tree and words as data: answers that give evidence say so in words, message choices quote the catalog. */
import { describe, expect, it } from 'vitest';
import { CAUSE_SLUGS } from '../../../src/config/causes';
import { OUTCOMES } from '../../../src/wizard/outcomes';
import { wizardResults } from '../../../src/wizard/results';
import { QUESTION_IDS, RESULT_IDS, questionMeta } from '../../../src/wizard/steps';
import { MESSAGE_STEP, RESULTS } from '../../../src/wizard/tree';
import { reasonOf } from '../../../src/wizard/reasons';
import { rawMessages } from '../../helpers/catalog';

describe('questions and results as data', () => {
  it('every question and answer has words, ids fit in a URL, and evidence is explained', () => {
    for (const id of QUESTION_IDS) {
      const meta = questionMeta(id)!;
      expect(id).toMatch(/^[a-z0-9-]+$/);
      expect(meta.question.length).toBeGreaterThan(10);
      if (meta.help !== undefined) expect(meta.help.length).toBeGreaterThan(10);
      const ids = meta.answers.map((a) => a.id);
      expect(new Set(ids).size, id).toBe(ids.length);
      for (const a of meta.answers) {
        expect(a.id).toMatch(/^[a-z0-9-]+$/);
        expect(a.label).toBeTruthy();
        // An answer that moves the ranking says why in words on the result page.
        const weighs = Object.values(a.weights).some((w) => w !== 0);
        if (weighs) expect(reasonOf(id, a.id), `${id}=${a.id}`).not.toBe('');
        for (const outcome of Object.keys(a.weights)) expect(Object.keys(RESULTS), `${id}=${a.id}`).toContain(outcome);
      }
    }
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
    expect(Object.keys(OUTCOMES).sort()).toEqual([...RESULT_IDS].sort());
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
