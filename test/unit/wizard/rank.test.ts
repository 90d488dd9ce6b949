/**
 * Live findings in the ranking: a finding counts until the visitor calls it wrong (findings as
 * machine events: ./session.test.ts; /check/'s saved results: ../checks/saved.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { overruledChecks, rankOutcomes } from '../../../src/wizard/rank';
import { replay, stepOf, withCheck } from '../../../src/wizard/session';
import { FINDINGS } from '../../../src/wizard/tree';
import type { CheckResults } from '../../../src/wizard/types';
import { explainResult } from '../../../src/wizard/explain';
import { reasonOf } from '../../../src/wizard/reasons';
import { checkResult } from '../../helpers/check-result';

const check = checkResult;
const a = (step: string, answer: string) => ({ step, answer });
const browserAnswers = [a('where', 'computer'), a('message', 'session-expired')];

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
    expect(reasons).toContain(`${reasonOf('private-window', 'yes')} (the live check agrees)`);
    expect(reasons.filter((r) => r.startsWith('The live check found'))).toEqual([]);
  });
});
