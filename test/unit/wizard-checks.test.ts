/**
 * Live findings in the wizard: a question a check settled is asked as a plain confirmation, a
 * finding counts in the ranking until the visitor calls it wrong, findings never change which
 * question comes next, and /check/'s saved results are reused only while fresh and in the same browser.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { CheckResult } from '../../src/checks/types';
import { CHECK_IDS, CHECK_INFO, type CheckId } from '../../src/config/checks';
import { savedResults, saveResults } from '../../src/checks/saved';
import { isCheckResult } from '../../src/wizard/check-events';
import { wizardMachine } from '../../src/wizard/machine';
import { overruledChecks, rankOutcomes } from '../../src/wizard/rank';
import { answer, replay, startAt, stepOf, withCheck } from '../../src/wizard/session';
import { QUESTION_IDS, questionMeta, resultMeta } from '../../src/wizard/steps';
import { FINDINGS } from '../../src/wizard/tree';
import type { CheckResults } from '../../src/wizard/types';
import { wizardView, type QuestionView } from '../../src/wizard/view';
import { explainResult } from '../../src/wizard/explain';
import { wizardCheckIds } from '../../src/browser/wizard-checks';

const check = (id: CheckId, status: CheckResult['status']): CheckResult => ({
  id,
  status,
  summary: `${id} says ${status}.`,
  detail: 'Measured in a test.',
  causes: [...CHECK_INFO[id].causes],
});
const a = (step: string, answer: string) => ({ step, answer });
const questionView = (s: ReturnType<typeof startAt>): QuestionView => {
  const v = wizardView(s).step;
  if (v.kind !== 'question') throw new Error('not a question');
  return v;
};
const browserAnswers = [a('where', 'computer'), a('message', 'session-expired')];

describe('findings as machine events', () => {
  it('are kept by a running actor while the visitor answers, and survive Start again', () => {
    const actor = createActor(wizardMachine).start();
    actor.send({ type: 'ANSWER', answer: 'computer' });
    actor.send({ type: 'CHECK.RESULT', result: check('private-mode', 'problem') });
    expect(actor.getSnapshot().value).toBe('message'); // a finding is not an answer
    actor.send({ type: 'ANSWER', answer: 'session-expired' });
    actor.send({ type: 'ANSWER', answer: 'reopen' });
    const view = questionView(actor.getSnapshot());
    expect(view.heading).toBe('We found that this is likely a private or incognito window. Is that right?');
    expect(view.found).toBe('private-mode says problem.');
    expect(view.answers.map((x) => [x.id, x.label])).toEqual([
      ['yes', 'Yes, that’s right'],
      ['no', 'No, that’s wrong'],
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

describe('findings in the ranking', () => {
  const vague = [
    ...browserAnswers,
    a('when', 'active'),
    a('this-browser', 'everywhere'),
    a('status', 'not-sure'),
    a('account-change', 'not-sure'),
  ];

  it('an incident is not overruled by “I can’t tell”, and a result page re-ranks when it arrives', () => {
    expect(rankOutcomes(vague).top).not.toBe('server-maintenance');
    expect(rankOutcomes(vague, { 'service-status': check('service-status', 'problem') }).top).toBe('server-maintenance');
    const replayed = replay(vague);
    expect(replayed.ok).toBe(true);
    if (replayed.ok) expect(stepOf(withCheck(replayed.snapshot, check('service-status', 'problem')))).toBe('server-maintenance');
  });

  /** The answers as the machine records them when the findings were there while answering. */
  const asAnswered = (answers: ReturnType<typeof a>[], checks: CheckResults) => {
    const replayed = replay(answers, checks);
    if (!replayed.ok) throw new Error(replayed.problem);
    return replayed.snapshot.context.answers;
  };

  it('an explicit “No, that’s wrong” removes the finding it was asked about, its cause stays listed, and the result says so', () => {
    const checks = { 'private-mode': check('private-mode', 'problem') };
    const said = asAnswered([...browserAnswers, a('when', 'reopen'), a('private-window', 'no'), a('clears-on-close', 'not-sure')], checks);
    expect(said.find((r) => r.step === 'private-window')?.asked).toEqual(['private-mode']);
    const ranking = rankOutcomes(said, checks);
    expect(ranking.top).not.toBe('private-browsing');
    expect(ranking.candidates.map((c) => c.id)).toContain('private-browsing');
    expect(explainResult(ranking.top, said, checks).overruled).toEqual([
      'You told us this was wrong, so we left it out: “private-mode says problem.”',
    ]);
    // "Not sure" is not a contradiction: the finding still counts.
    const unsure = asAnswered(
      [...browserAnswers, a('when', 'reopen'), a('private-window', 'not-sure'), a('clears-on-close', 'not-sure')],
      checks,
    );
    expect(rankOutcomes(unsure, checks).top).toBe('private-browsing');
  });

  it('a finding that arrives after the answer (or with a link opened elsewhere) is never called wrong', () => {
    const clock = { clock: check('clock', 'problem') };
    const before = asAnswered([a('where', 'computer'), a('message', 'token-expired'), a('clock', 'right'), a('this-browser', 'none')], {});
    expect(overruledChecks(before, clock)).toEqual(new Set());
    expect(rankOutcomes(before, clock).top).toBe('clock-skew');
    const asked = asAnswered(
      [a('where', 'computer'), a('message', 'token-expired'), a('clock', 'right'), a('this-browser', 'none')],
      clock,
    );
    expect(overruledChecks(asked, clock)).toEqual(new Set(['clock']));
  });

  it('“No, that’s wrong” on a question two findings settled calls both wrong', () => {
    const checks = { cookies: check('cookies', 'problem'), persistence: check('persistence', 'problem') };
    const said = asAnswered([...browserAnswers, a('when', 'reopen'), a('private-window', 'no'), a('clears-on-close', 'no')], checks);
    expect(overruledChecks(said, checks)).toEqual(new Set(['cookies', 'persistence']));
    expect(explainResult(rankOutcomes(said, checks).top, said, checks).reasons.some((r) => r.startsWith('The live check found'))).toBe(
      false,
    );
  });

  it('a finding about this browser does not count when the message appears in the app or a tool', () => {
    const app = [a('where', 'app'), a('message', 'session-expired'), a('app-when', 'not-sure'), a('status', 'not-sure')];
    const blocked = { cookies: check('cookies', 'problem'), 'private-mode': check('private-mode', 'problem') };
    expect(rankOutcomes(app, blocked)).toEqual(rankOutcomes(app));
    expect(FINDINGS['service-status'].scope).toBe('any');
  });

  it('a confirmed finding is part of “why we think so” once, as agreement', () => {
    const checks = { 'private-mode': check('private-mode', 'warning') };
    const said = [...browserAnswers, a('when', 'reopen'), a('private-window', 'yes')];
    const { reasons } = explainResult('private-browsing', said, checks);
    expect(reasons).toContain('You use a private window, which forgets your sign-in when it closes. (the live check agrees)');
    expect(reasons.filter((r) => r.startsWith('The live check found'))).toEqual([]);
  });

  it('validates results that arrive as DOM events', () => {
    expect(isCheckResult(check('clock', 'ok'))).toBe(true);
    expect(isCheckResult({ ...check('clock', 'ok'), id: 'nope' })).toBe(false);
    expect(isCheckResult({ ...check('clock', 'ok'), status: 'bad' })).toBe(false);
    expect(isCheckResult({ id: 'clock', status: 'ok' })).toBe(false);
    expect(isCheckResult(null)).toBe(false);
  });
});

describe('what /check/ found earlier on this device', () => {
  const memory = () => {
    const data = new Map<string, string>();
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
  };
  const DAY = 86_400_000;
  const results = CHECK_IDS.map((id) => check(id, 'problem'));

  it('keeps only the results the wizard reuses, and hands them back while fresh and in the same browser', () => {
    const store = memory();
    saveResults(store, [...results, check('network', 'unknown')], 1_000 * DAY, 'UA 1');
    const reused = CHECK_IDS.filter((id) => 'saved' in CHECK_INFO[id].inWizard);
    expect(savedResults(store, 1_000 * DAY + 1000, 'UA 1').map((r) => r.id)).toEqual(reused);
    // The browser version is only trusted in the same browser; the restart test is this profile's own.
    expect(savedResults(store, 1_000 * DAY, 'UA 2').map((r) => r.id)).toEqual(
      reused.filter((id) => {
        const rule = CHECK_INFO[id].inWizard;
        return 'saved' in rule && !rule.saved.sameBrowser;
      }),
    );
    expect(savedResults(store, 1_031 * DAY, 'UA 1')).toEqual([]);
    expect(savedResults(store, 999 * DAY, 'UA 1')).toEqual([]); // from the future: a wrong clock
  });

  it('ignores damaged or forged data and blocked storage', () => {
    const store = memory();
    for (const raw of [
      '{',
      'null',
      '[]',
      '{"persistence":{"at":"x"}}',
      '{"persistence":{"at":1,"browser":"UA","result":{"id":"clock","status":"ok"}}}',
    ]) {
      store.data.set('shc.check-results.v1', raw);
      expect(savedResults(store, 2, 'UA')).toEqual([]);
    }
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => saveResults(blocked, results, 1, 'UA')).not.toThrow();
    expect(savedResults(blocked, 1, 'UA')).toEqual([]);
  });

  it('the wizard runs the quick checks itself and takes the rest from /check/', () => {
    expect(wizardCheckIds()).toEqual(['private-mode', 'clock', 'service-status']);
  });
});
