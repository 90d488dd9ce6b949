/**
 * Every language's wizard table against the tree (src/i18n/wizard/): each question, answer,
 * confirmation, reason and outcome is there, help lines where English has them, the same
 * `{slot}`s in every string, ChatGPT's messages kept word for word, and Japanese in full-width
 * punctuation. The compiler already refuses a missing key; these catch what types cannot see.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, TRANSLATED_LOCALES } from '../../../src/config/locales';
import { wizardTable } from '../../../src/i18n/wizard';
import { uiCopy } from '../../../src/i18n/wizard/fill';
import { fill } from '../../../src/common/fill';
import { WIZARD_COPY } from '../../../src/wizard/copy';
import { QUESTION_IDS, RESULT_IDS, questionMeta } from '../../../src/wizard/steps';
import { questionText } from '../../../src/wizard/lang';
import { slots } from '../../helpers/dictionary-leaves';

const en = wizardTable('en');
type Loose = Readonly<Record<string, unknown>>;

/** Every string in a table, by its path ("questions.where.answers.app"). */
function strings(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value as Loose)) for (const [p, s] of strings(v, path ? `${path}.${k}` : k)) out.set(p, s);
  return out;
}

/** The English messages quoted in a string (“…”), as ChatGPT shows them. */
const quoted = (s: string): string[] => [...s.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);

describe('wizard words per language', () => {
  it('English is the tree itself: the table and the tree say the same', () => {
    for (const id of QUESTION_IDS) {
      const meta = questionMeta(id)!;
      expect(questionText(id, en)!.question).toBe(meta.question);
      expect(meta.answers.map((a) => questionText(id, en)!.answer(a.id))).toEqual(meta.answers.map((a) => a.label));
    }
  });

  describe.each(LOCALES)('%s', (locale) => {
    const table = wizardTable(locale);

    it('has every question, answer and live-check confirmation of the tree, and no other', () => {
      expect(Object.keys(table.questions).sort()).toEqual([...QUESTION_IDS].sort());
      for (const id of QUESTION_IDS) {
        const meta = questionMeta(id)!;
        const words = (table.questions as Readonly<Record<string, { answers: Loose; detect?: Loose; help?: string; link?: string }>>)[id]!;
        expect(Object.keys(words.answers).sort(), id).toEqual(meta.answers.map((a) => a.id).sort());
        expect(Object.keys(words.detect ?? {}).sort(), id).toEqual((meta.detect ?? []).map((r) => `${r.check}=${r.answer}`).sort());
        expect(words.help !== undefined, `${id}: a help line where English has one`).toBe(meta.help !== undefined);
        expect(words.link !== undefined, id).toBe(meta.link !== undefined);
      }
    });

    it('has a reason for exactly the answers that give one in English, and every outcome with its words', () => {
      expect(Object.keys(table.reasons).sort()).toEqual(Object.keys(en.reasons).sort());
      for (const [key, reason] of Object.entries(en.reasons))
        expect((table.reasons as Readonly<Record<string, string>>)[key] === '', key).toBe(reason === '');
      expect(Object.keys(table.outcomes).sort()).toEqual([...RESULT_IDS].sort());
      for (const id of RESULT_IDS) {
        const mine = (table.outcomes as Readonly<Record<string, { title?: string; fix: readonly string[] }>>)[id]!;
        const english = (en.outcomes as Readonly<Record<string, { title?: string; fix: readonly string[] }>>)[id]!;
        expect(mine.fix.length, id).toBe(english.fix.length);
        // The lede and the page's description: at most 160 characters, as in English.
        expect((mine as { summary?: string }).summary?.length ?? 0, id).toBeLessThanOrEqual(160);
        expect(mine.title !== undefined, id).toBe(english.title !== undefined);
      }
    });

    it('keeps every {slot} of English in every string, and leaves none empty that English fills', () => {
      const english = strings(en);
      const mine = strings(table);
      expect([...mine.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, text] of english) {
        expect(slots(mine.get(path)!), path).toEqual(slots(text));
        if (text) expect(mine.get(path)!.trim(), path).not.toBe('');
      }
    });

    it('quotes ChatGPT’s messages word for word, as people see them', () => {
      for (const [path, text] of strings(en.questions)) {
        for (const message of quoted(text)) expect(strings(table.questions).get(path), path).toContain(message);
      }
    });

    it('fills its words the way the pages use them', () => {
      const ui = uiCopy(table.ui);
      expect(ui.answered(3)).toBe(fill(table.ui.answeredMany, { n: 3 }));
      expect(ui.answered(3)).toContain('3');
      expect(ui.confirm('X')).toContain('X');
      expect(ui.progressKnown(2, 5)).toMatch(/2[^0-9]+5/);
      expect(ui.progressUnknown(4)).toContain('4');
    });
  });

  it('English fills exactly as before the words moved to a table', () => {
    expect(WIZARD_COPY.answered(1)).toBe('Your answer so far');
    expect(WIZARD_COPY.answered(2)).toBe('Your 2 answers so far');
    expect(WIZARD_COPY.progressKnown(3, 3)).toBe('Question 3, the last one');
    expect(WIZARD_COPY.progressKnown(2, 4)).toBe('Question 2 of at most 4');
    expect(WIZARD_COPY.progressUnknown(1)).toBe('Last question');
    expect(WIZARD_COPY.progressUnknown(3)).toBe('At most 3 questions to go');
  });

  describe.each(TRANSLATED_LOCALES)('%s is translated', (locale) => {
    const table = wizardTable(locale);
    it('asks every question and help line in its own words', () => {
      for (const id of QUESTION_IDS) {
        const mine = questionText(id, table)!;
        const english = questionText(id, en)!;
        expect(mine.question, id).not.toBe(english.question);
        if (english.help) expect(mine.help, id).not.toBe(english.help);
      }
      for (const [path, text] of strings(en.outcomes)) expect(strings(table.outcomes).get(path), path).not.toBe(text);
    });
  });

  it('Japanese uses full-width punctuation in questions and sentences', () => {
    const ja = wizardTable('ja');
    for (const id of QUESTION_IDS) expect(questionText(id, ja)!.question, id).toMatch(/？$/);
    for (const [path, text] of strings(ja.reasons)) if (text) expect(text, path).toMatch(/。$/);
    for (const [path, text] of strings({ q: ja.questions, r: ja.reasons, o: ja.outcomes }))
      expect(text.replace(/“[^”]*”|「[^」]*」|\([^)]*\)|Ctrl\+\S+|Cmd\+\S+|Settings → \S+ → [\w ]+/g, ''), path).not.toMatch(
        /[,.?!](\s|$)/,
      );
  });

  it('Spanish opens its questions with ¿', () => {
    const es = wizardTable('es');
    for (const id of QUESTION_IDS) expect(questionText(id, es)!.question, id).toMatch(/¿[^?]+\?$/);
  });
});
