/**
 * Live findings as machine events: a question a check settled is asked as a plain confirmation,
 * and findings never change which question comes next.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { WIZARD_COPY } from '../../../src/wizard/copy';
import { wizardMachine } from '../../../src/wizard/machine';
import { answer, startAt, stepOf, withCheck } from '../../../src/wizard/session';
import { QUESTION_IDS, questionMeta, resultMeta } from '../../../src/wizard/steps';
import { wizardView, type QuestionView } from '../../../src/wizard/view';
import { checkResult } from '../../helpers/check-result';

const check = checkResult;
const questionView = (s: ReturnType<typeof startAt>): QuestionView => {
  const v = wizardView(s).step;
  if (v.kind !== 'question') throw new Error('not a question');
  return v;
};

describe('findings as machine events', () => {
  it('are kept by a running actor while the visitor answers, and survive Start again', () => {
    const actor = createActor(wizardMachine).start();
    actor.send({ type: 'ANSWER', answer: 'computer' });
    actor.send({ type: 'CHECK.RESULT', result: check('private-mode', 'problem') });
    expect(actor.getSnapshot().value).toBe('message'); // a finding is not an answer
    actor.send({ type: 'ANSWER', answer: 'session-expired' });
    actor.send({ type: 'ANSWER', answer: 'reopen' });
    const view = questionView(actor.getSnapshot());
    const rule = questionMeta(String(actor.getSnapshot().value))!.detect!.find(
      (r) => r.check === 'private-mode' && r.statuses.includes('problem'),
    )!;
    expect(view.heading).toBe(WIZARD_COPY.confirm(rule.text));
    expect(view.found).toBe('private-mode says problem.');
    expect(view.answers.map((x) => [x.id, x.label])).toEqual([
      [rule.answer, WIZARD_COPY.yesRight],
      [rule.otherwise, WIZARD_COPY.noWrong],
    ]);
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe('where');
    expect(actor.getSnapshot().context.checks['private-mode']?.status).toBe('problem'); // the browser did not change
    actor.stop();
  });

  const rules = QUESTION_IDS.flatMap((step) => (questionMeta(step)!.detect ?? []).map((rule) => [step, rule] as const));

  it('the yes-or-no questions are asked as confirmations', () => {
    // That every check the wizard hears of counts in the ranking: src/wizard/validate.ts (test/unit/wizard/validate.test.ts).
    expect(new Set(rules.map(([step]) => step))).toEqual(new Set(['private-window', 'clears-on-close', 'status', 'clock']));
  });

  it.each(rules.flatMap(([step, rule]) => rule.statuses.map((status) => [step, rule.check, status, rule.answer, rule.otherwise] as const)))(
    '%s: %s reporting %s is confirmed as %s (or %s), and every answer leads to the same next question as without it',
    (step, checkId, status, yes, no) => {
      const plain = startAt(step);
      const found = withCheck(plain, check(checkId, status));
      const view = questionView(found);
      expect(view.heading).toMatch(/^We found that .+\. Is that right\?$/);
      expect(view.answers.map((x) => x.id)).toEqual([yes, no]);
      const ids = questionMeta(step)!.answers.map((x) => x.id);
      expect(ids).toContain(yes);
      expect(ids).toContain(no);
      for (const id of ids) {
        const [withIt, without] = [stepOf(answer(found, id)!), stepOf(answer(plain, id)!)];
        // A question leads to the same question; at the end, the finding may change the ranking.
        if (questionMeta(without)) expect(withIt).toBe(without);
        else expect(resultMeta(withIt)).toBeDefined();
      }
    },
  );

  it('an "unknown" result, or a check the question does not use, settles nothing', () => {
    expect(questionView(withCheck(startAt('clock'), check('clock', 'unknown'))).heading).toBe(questionMeta('clock')!.question);
    expect(questionView(withCheck(startAt('clock'), check('blockers', 'problem'))).heading).toBe(questionMeta('clock')!.question);
  });

  it('a later result for the same check replaces the earlier one', () => {
    let s = withCheck(startAt('clock'), check('clock', 'problem'));
    s = withCheck(s, check('clock', 'ok'));
    expect(questionView(s).answers[0]!.id).toBe('right');
  });
});
