/** Answers in a URL: the answer path of every page, older `?a=` links, and damaged links that never throw. */
import { describe, expect, it } from 'vitest';
import { RANK } from '../../../src/wizard/machine';
import { answersFromPath, answersPath, decodeAnswers, encodeAnswers, stepUrl } from '../../../src/wizard/path';
import { replay, restoreUrl, stepOf } from '../../../src/wizard/session';
import { INITIAL_STEP, QUESTION_IDS } from '../../../src/wizard/steps';
import { walkFrom } from '../../../src/wizard/walk';

const a = (step: string, answer: string) => ({ step, answer });

describe('answers in a URL', () => {
  it('reads like the path taken', () => {
    const answers = [a('where', 'computer'), a('message', 'session-expired'), a('when', 'away')];
    expect(answersPath(answers)).toBe('/diagnose/where=computer/message=session-expired/when=away/');
    expect(stepUrl('away-what', answers)).toBe(answersPath(answers));
    expect(stepUrl('when')).toBe('/diagnose/when/');
    expect(encodeAnswers(answers)).toBe('where:computer,message:session-expired,when:away');
  });

  it('round-trips every path from every question, and each restores to the state it names', () => {
    for (const root of QUESTION_IDS) {
      for (const walked of walkFrom(root)) {
        const url = answersPath(walked.answers);
        expect(answersFromPath(url)).toEqual(walked.answers);
        expect(decodeAnswers(encodeAnswers(walked.answers))).toEqual(walked.answers);
        const restored = restoreUrl(url, '');
        expect(restored.ok, url).toBe(true);
        if (restored.ok && walked.next !== RANK) expect(stepOf(restored.snapshot)).toBe(walked.next);
      }
    }
  });

  it('treats a plain page as that page with no answers, and reads older `?a=` links', () => {
    const plain = restoreUrl('/diagnose/clock/', '');
    expect(plain.ok && [stepOf(plain.snapshot), plain.snapshot.context.answers]).toEqual(['clock', []]);
    const old = restoreUrl('/diagnose/result/clock-skew/', '?a=message:token-expired,clock:wrong');
    expect(old.ok && stepOf(old.snapshot)).toBe('clock-skew');
    const start = restoreUrl('/diagnose/', '?a=');
    expect(start.ok && stepOf(start.snapshot)).toBe(INITIAL_STEP);
  });

  it.each([
    ['/diagnose/when/', '?a=%%garbage<>', 'unreadable'],
    ['/diagnose/when/', '?a=where:computer,nowhere:yes', 'unknown-step'],
    ['/diagnose/when/', '?a=where:sometimes', 'unknown-answer'],
    ['/diagnose/result/clock-skew/', '?a=where:computer,when:away', 'wrong-page'],
    ['/diagnose/where=computer/when=away/', '', 'wrong-page'],
    ['/diagnose/where=computer/message=nope/', '', 'unknown-answer'],
    ['/diagnose/where=computer/message/', '', 'unreadable'],
    ['/diagnose/where=computer', '', 'unreadable'],
    ['/diagnose/nowhere/', '', 'unknown-step'],
  ])('reports %s%s as %s', (path, search, problem) => {
    expect(restoreUrl(path, search)).toEqual({ ok: false, problem });
  });

  it('never throws on any input, and anything it accepts is a real path', () => {
    const pieces = ['where', 'computer', '=', ':', '/', ',', '%', 'when', 'away', '..', 'a', '?', '', 'x'.repeat(700)];
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 3000; i++) {
      const parts = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => pieces[Math.floor(rand() * pieces.length)]!);
      const path = `/diagnose/${parts.join('')}`;
      const search = `?a=${parts.reverse().join('')}`;
      const restored = restoreUrl(path, search);
      if (restored.ok) expect(replay(restored.snapshot.context.answers).ok).toBe(true);
    }
  });
});
