/** Answers in URLs: readable, round-trip exactly, and damaged links are reported, never thrown. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeAnswers, encodeAnswers, stepUrl } from '../../src/wizard/path';
import { replay, restore, stepOf } from '../../src/wizard/session';
import { INITIAL_STEP, questionMeta } from '../../src/wizard/steps';

describe('answers in a URL', () => {
  it('reads like the path taken', () => {
    const answers = [
      { step: 'message', answer: 'other' },
      { step: 'when', answer: 'away' },
    ];
    expect(stepUrl('idle-length', answers)).toBe('/diagnose/idle-length/?a=message:other,when:away');
    expect(stepUrl('inactivity-timeout')).toBe('/diagnose/result/inactivity-timeout/');
    expect(decodeAnswers(encodeAnswers(answers))).toEqual(answers);
  });

  it('restores a shared mid-way link to the same question with the same answers', () => {
    const r = restore('idle-length', '?a=message:other,when:away&utm_source=ticket');
    expect(r.ok && stepOf(r.snapshot)).toBe('idle-length');
    expect(r.ok && r.snapshot.context.answers).toHaveLength(2);
  });

  it('accepts a link that starts part-way through (a visitor who began on a plain link)', () => {
    const r = restore('elsewhere', '?a=vpn:no,devices:no');
    expect(r.ok && stepOf(r.snapshot)).toBe('elsewhere');
  });

  it('treats a page without answers as a fresh start on that page', () => {
    for (const search of ['', '?', '?a=', '?utm_source=x']) {
      const r = restore('vpn', search);
      expect(r.ok && stepOf(r.snapshot), search).toBe('vpn');
    }
  });

  it.each([
    ['?a=garbage!!', 'unreadable'],
    ['?a=message:other,,when:away', 'unreadable'],
    ['?a=message:other%2Cwhen', 'unreadable'],
    ['?a=MESSAGE:other', 'unreadable'],
    ['?a=nowhere:yes', 'unknown-step'],
    ['?a=message:other,nowhere:yes', 'unknown-step'],
    ['?a=message:maybe', 'unknown-answer'],
    ['?a=message:other,vpn:yes', 'unreadable'], // vpn does not follow message:other
    ['?a=message:other,when:typing', 'wrong-page'], // leads to "status", not to this page
    [`?a=${'message:other,'.repeat(60)}when:away`, 'unreadable'],
  ])('reports %s as %s', (search, problem) => {
    expect(restore('idle-length', search)).toEqual({ ok: false, problem });
  });

  it('reports an unknown page step instead of throwing', () => {
    expect(restore('no-such-step', '')).toEqual({ ok: false, problem: 'unknown-step' });
  });

  it('never throws on any query string, and anything it accepts is a real path', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('idle-length', 'vpn', INITIAL_STEP, 'unclear'), (raw, page) => {
        const r = restore(page, `?a=${raw}`);
        if (r.ok) expect(stepOf(r.snapshot)).toBe(page);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any walk through the tree', () => {
    // A walk: from the first question, pick answers by index until a result.
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), (picks) => {
        const answers: { step: string; answer: string }[] = [];
        let step = INITIAL_STEP;
        for (const pick of picks) {
          const meta = questionMeta(step);
          if (!meta) break;
          const a = meta.answers[pick % meta.answers.length]!;
          answers.push({ step, answer: a.id });
          step = a.next;
        }
        expect(decodeAnswers(encodeAnswers(answers))).toEqual(answers);
        const r = replay(answers);
        expect(r.ok && stepOf(r.snapshot)).toBe(step);
        const url = new URL(stepUrl(step, answers), 'https://x.example');
        const back = restore(step, url.search);
        expect(back.ok && back.snapshot.context.answers).toEqual(answers);
      }),
      { numRuns: 300 },
    );
  });
});
