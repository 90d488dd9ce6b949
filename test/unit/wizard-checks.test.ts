/**
 * Live check results as machine events: a question a check settled is shown as "We detected … —
 * is that right?", and a check never changes where an answer leads.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { CheckResult } from '../../src/checks/types';
import type { CheckId } from '../../src/config/checks';
import { isCheckResult } from '../../src/wizard/check-events';
import { wizardMachine } from '../../src/wizard/machine';
import { answer, startAt, stepOf, withCheck } from '../../src/wizard/session';
import { QUESTION_IDS, questionMeta } from '../../src/wizard/steps';
import { wizardView, type QuestionView } from '../../src/wizard/view';
import { explainResult } from '../../src/wizard/explain';

const check = (id: CheckId, status: CheckResult['status'], causes: CheckResult['causes'] = []): CheckResult => ({
  id,
  status,
  summary: `${id} says ${status}.`,
  detail: 'Measured in a test.',
  causes,
});

const questionView = (s: ReturnType<typeof startAt>): QuestionView => {
  const v = wizardView(s).step;
  if (v.kind !== 'question') throw new Error('not a question');
  return v;
};

describe('CHECK.RESULT events', () => {
  it('are kept by a running actor while the visitor answers', () => {
    const actor = createActor(wizardMachine).start();
    actor.send({ type: 'ANSWER', answer: 'other' });
    actor.send({ type: 'CHECK.RESULT', result: check('private-mode', 'problem', ['private-browsing']) });
    expect(actor.getSnapshot().value).toBe('when'); // a check result is not an answer
    actor.send({ type: 'ANSWER', answer: 'reopen' });
    const view = questionView(actor.getSnapshot());
    expect(view.heading).toBe('We detected that this is likely a private or incognito window. Is that right?');
    expect(view.detectedBy).toBe('private-mode says problem.');
    expect(view.answers[0]).toMatchObject({ id: 'yes', detected: true });
    expect(view.answers.filter((a) => a.detected)).toHaveLength(1);
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe('message');
    expect(actor.getSnapshot().context.answers).toEqual([]);
    expect(actor.getSnapshot().context.checks['private-mode']?.status).toBe('problem'); // the browser did not change
    actor.stop();
  });

  // Every detection rule in the tree, from its check's point of view.
  const rules = QUESTION_IDS.flatMap((step) => (questionMeta(step)!.detect ?? []).map((rule) => [step, rule] as const));

  it('covers the questions a check can answer', () => {
    expect(new Set(rules.map(([step]) => step))).toEqual(
      new Set(['private-window', 'clears-on-close', 'status', 'vpn', 'extensions', 'browser-age', 'clock']),
    );
  });

  it.each(rules.flatMap(([step, rule]) => rule.statuses.map((status) => [step, rule.check, status, rule.answer] as const)))(
    '%s: %s reporting %s is shown as detected answer %s, and leads where that answer leads',
    (step, checkId, status, detected) => {
      const plain = startAt(step);
      const withResult = withCheck(plain, check(checkId, status));
      const view = questionView(withResult);
      expect(view.heading).toMatch(/^We detected that .+\. Is that right\?$/);
      expect(view.question).toBe(questionMeta(step)!.question);
      expect(view.answers[0]!.id).toBe(detected);
      expect(view.answers.map((a) => a.id).sort()).toEqual(questionMeta(step)!.answers.map((a) => a.id).sort());
      for (const a of questionMeta(step)!.answers) {
        expect(stepOf(answer(withResult, a.id)!)).toBe(stepOf(answer(plain, a.id)!));
      }
    },
  );

  it('never settles a question with an "unknown" result or a check it does not use', () => {
    const unknown = withCheck(startAt('clock'), check('clock', 'unknown'));
    expect(questionView(unknown).heading).toBe(questionMeta('clock')!.question);
    const unrelated = withCheck(startAt('clock'), check('blockers', 'problem'));
    expect(questionView(unrelated).heading).toBe(questionMeta('clock')!.question);
    expect(questionView(unrelated).answers.some((a) => a.detected)).toBe(false);
  });

  it('a later result for the same check replaces the earlier one', () => {
    let s = withCheck(startAt('clock'), check('clock', 'problem'));
    s = withCheck(s, check('clock', 'ok'));
    expect(questionView(s).answers[0]!.id).toBe('right');
  });

  it('a confirmed detection and a supporting check are part of “why we think so”', () => {
    const checks = { 'private-mode': check('private-mode', 'warning', ['private-browsing']), blockers: check('blockers', 'problem', ['browser-extensions']) };
    const answers = [
      { step: 'message', answer: 'other' },
      { step: 'when', answer: 'reopen' },
      { step: 'private-window', answer: 'yes' },
    ];
    const { reasons, elsewhere } = explainResult('private-browsing', answers, checks);
    expect(reasons).toContain('You use a private window, which forgets your sign-in when it closes. (the live check agrees)');
    expect(reasons).toContain('The live check found: private-mode says warning.');
    expect(elsewhere).toEqual([{ text: 'blockers says problem.', result: 'browser-extensions' }]);
  });

  it('validates results that arrive as DOM events', () => {
    expect(isCheckResult(check('clock', 'ok'))).toBe(true);
    expect(isCheckResult({ ...check('clock', 'ok'), id: 'nope' })).toBe(false);
    expect(isCheckResult({ ...check('clock', 'ok'), status: 'bad' })).toBe(false);
    expect(isCheckResult({ id: 'clock', status: 'ok' })).toBe(false);
    expect(isCheckResult(null)).toBe(false);
    expect(isCheckResult('clock')).toBe(false);
  });
});
