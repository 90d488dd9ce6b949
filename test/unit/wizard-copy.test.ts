/** The wizard's words: explanations, the support summary and the staff list. */
import { describe, expect, it } from 'vitest';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { site } from '../../src/config/site';
import { explainResult, supportSummary } from '../../src/wizard/explain';
import { OUTCOMES } from '../../src/wizard/outcomes';
import { wizardResults } from '../../src/wizard/results';
import { QUESTION_IDS, RESULT_IDS, questionMeta } from '../../src/wizard/steps';

describe('questions and results as data', () => {
  it('every answer has words, and ids fit in a URL', () => {
    for (const id of QUESTION_IDS) {
      const meta = questionMeta(id)!;
      expect(id).toMatch(/^[a-z0-9-]+$/);
      expect(meta.question.length).toBeGreaterThan(10);
      expect(meta.help.length).toBeGreaterThan(10);
      const ids = meta.answers.map((a) => a.id);
      expect(new Set(ids).size, id).toBe(ids.length);
      for (const a of meta.answers) {
        expect(a.id).toMatch(/^[a-z0-9-]+$/);
        expect(a.label).toBeTruthy();
      }
    }
  });

  it('every result has its words, and the staff list has every result with a short summary', () => {
    expect(Object.keys(OUTCOMES).sort()).toEqual([...RESULT_IDS].sort());
    const list = wizardResults();
    expect(list.map((r) => r.id)).toEqual([...RESULT_IDS]);
    expect(list.map((r) => r.cause).filter(Boolean).sort()).toEqual([...CAUSE_SLUGS].sort());
    for (const r of list) {
      expect(r.url).toBe(`/diagnose/result/${r.id}/`);
      expect(r.summary.length, r.id).toBeLessThanOrEqual(160);
      expect(r.title.length).toBeGreaterThan(3);
      for (const n of OUTCOMES[r.id]!.next) {
        expect(RESULT_IDS, `${r.id} → ${n}`).toContain(n);
        expect(n).not.toBe(r.id);
      }
    }
  });
});

describe('why we think so, and the summary for support', () => {
  const answers = [
    { step: 'message', answer: 'session-expired' },
    { step: 'when', answer: 'away' },
    { step: 'idle-length', answer: 'long' },
  ];

  it('explains a result with what each telling answer says', () => {
    const { reasons } = explainResult('inactivity-timeout', answers);
    expect(reasons).toEqual([
      'The page says your session expired. That fits most causes, so when it happens tells them apart.',
      'It appears when you come back to a tab you left alone.',
      'The tab was left alone for half an hour or more, long enough for an idle timeout.',
    ]);
  });

  it('skips answers that tell nothing', () => {
    expect(explainResult('inactivity-timeout', [{ step: 'message', answer: 'other' }]).reasons).toEqual([]);
  });

  it('summarises the result, the answers, the checks and a link that restores the path', () => {
    const text = supportSummary('inactivity-timeout', answers, { clock: { id: 'clock', status: 'ok', summary: 'Clock is right.', detail: '', causes: [] } }, 'https://help.example');
    expect(text).toContain(`${site.siteName}: diagnosis summary`);
    expect(text).toContain('Most likely cause: Idle too long (inactivity-timeout)');
    expect(text).toContain('Link: https://help.example/diagnose/result/inactivity-timeout/?a=message:session-expired,when:away,idle-length:long');
    expect(text).toContain('- How long was the tab left alone? Half an hour or more');
    expect(text).toContain('- clock: ok. Clock is right.');
  });

  it('says so when no answers were given', () => {
    const text = supportSummary('unclear', [], {}, 'https://help.example');
    expect(text).toContain('Most likely cause: No single cause stands out\n');
    expect(text).toContain('- (none given)');
  });
});
