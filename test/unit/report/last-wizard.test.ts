/**
 * Where a report made on /check/ gets the wizard's latest answers on this device (the browser a
 * report made in the wizard names: ../browser/wizard-report.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { LAST_WIZARD_KEY, saveLastWizard } from '../../../src/wizard/last-result';
import { readLastWizard } from '../../../src/report/last-wizard';
import { blockedStorage, FakeStorage } from '../../helpers/fake-check-env';

const blocked = blockedStorage;

const HOUR = 3_600_000;
const now = Date.UTC(2026, 11, 1, 12, 0);

describe('the wizard’s latest answers on this device', () => {
  it('are read back while fresh, and not once older than the limit or from the future', () => {
    const s = new FakeStorage();
    saveLastWizard(
      () => s,
      [
        { step: 'where', answer: 'computer' },
        { step: 'when', answer: 'reopen' },
      ],
      'cleared-cookies',
      now,
    );
    expect(readLastWizard(() => s, now + HOUR, 2 * HOUR)).toEqual({
      answers: { where: 'computer', when: 'reopen' },
      result: 'cleared-cookies',
      at: now,
    });
    expect(readLastWizard(() => s, now + 3 * HOUR, 2 * HOUR)).toBeUndefined();
    expect(readLastWizard(() => s, now - HOUR, 2 * HOUR)).toBeUndefined();
  });

  it('ignore blocked storage, damaged data and anything that is not ids', () => {
    expect(() => saveLastWizard(blocked, [{ step: 'where', answer: 'computer' }], 'unclear', now)).not.toThrow();
    expect(readLastWizard(blocked, now, HOUR)).toBeUndefined();
    const s = new FakeStorage();
    for (const damaged of [
      '{',
      'null',
      '[]',
      '{"at":"x","result":"unclear","answers":{}}',
      `{"at":${now},"result":"<b>","answers":{}}`,
      `{"at":${now},"result":"unclear","answers":[1]}`,
      `{"at":${now},"result":"unclear","answers":{"where":"computer"}}`,
      `{"at":${now},"result":"unclear","answers":[]}`,
    ]) {
      s.setItem(LAST_WIZARD_KEY, damaged);
      expect(readLastWizard(() => s, now, HOUR)).toBeUndefined();
    }
    s.setItem(
      LAST_WIZARD_KEY,
      JSON.stringify({
        at: now,
        result: 'unclear',
        answers: [{ step: 'where', answer: 'computer' }, { step: 'note', answer: 'Call 0800 now' }, null],
      }),
    );
    expect(readLastWizard(() => s, now, HOUR)?.answers).toEqual({ where: 'computer' });
  });
});
