/** The one store of check results kept on this device: what /check/ keeps for the wizard (only while fresh and in the same browser), and the reused status answer. */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/checks/types';
import { CHECK_IDS, CHECK_INFO } from '../../../src/config/checks';
import { freshResult, keptEntry, readKept, savedResults, saveResults, writeKept } from '../../../src/checks/saved';
import { FakeStorage } from '../../helpers/fake-check-env';
import { checkResult } from '../../helpers/check-result';

const check = checkResult;

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
    const longest = Math.max(
      ...reused.map((id) => {
        const rule = CHECK_INFO[id].inWizard;
        return 'saved' in rule ? rule.saved.maxAgeDays : 0;
      }),
    );
    expect(savedResults(store, (1_000 + longest) * DAY - 1, 'UA 1').length).toBeGreaterThan(0);
    expect(savedResults(store, (1_000 + longest) * DAY, 'UA 1')).toEqual([]); // at its limit it is stale
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
});

const status: CheckResult = { id: 'service-status', status: 'ok', summary: 's', detail: 'd', causes: [] };
const HOUR = 3_600_000;

describe('freshResult', () => {
  const entry = keptEntry(status, 10 * HOUR, { url: 'https://status.example/api', browser: 'UA' });

  it('gives back a valid result younger than the limit, with its age', () => {
    expect(freshResult(entry, 'service-status', 10 * HOUR + 5000, HOUR)).toEqual({ result: status, age: 5000 });
  });

  it('refuses one as old as the limit, one from the future, one of another check, or found elsewhere', () => {
    expect(freshResult(entry, 'service-status', 11 * HOUR, HOUR)).toBeUndefined();
    expect(freshResult(entry, 'service-status', 10 * HOUR - 1, HOUR)).toBeUndefined();
    expect(freshResult(entry, 'clock', 10 * HOUR, HOUR)).toBeUndefined();
    expect(freshResult(entry, 'service-status', 10 * HOUR, HOUR, { url: 'https://other.example/api' })).toBeUndefined();
    expect(freshResult(entry, 'service-status', 10 * HOUR, HOUR, { browser: 'UA 2' })).toBeUndefined();
    expect(freshResult(entry, 'service-status', 10 * HOUR, HOUR, { browser: 'UA', url: 'https://status.example/api' })).toBeDefined();
  });

  it('refuses damaged entries', () => {
    for (const bad of [
      null,
      'x',
      { at: 'now', result: status },
      { at: 10 * HOUR },
      { at: 10 * HOUR, result: { ...status, status: 'fine' } },
    ])
      expect(freshResult(bad, 'service-status', 10 * HOUR, HOUR)).toBeUndefined();
  });
});

describe('readKept and writeKept', () => {
  it('round-trip JSON and survive damaged data and blocked storage', () => {
    const storage = new FakeStorage();
    writeKept(() => storage, 'k', { a: 1 });
    expect(readKept(() => storage, 'k')).toEqual({ a: 1 });
    expect(readKept(() => storage, 'missing')).toBeNull();
    storage.setItem('k', '{not json');
    expect(readKept(() => storage, 'k')).toBeUndefined();
    const blocked = (): Storage => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(readKept(blocked, 'k')).toBeUndefined();
    expect(() => writeKept(blocked, 'k', 1)).not.toThrow();
  });
});
