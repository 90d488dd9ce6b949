/** What /check/ saves for the wizard, and what the wizard takes back: only while fresh and in the same browser. */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/checks/types';
import { CHECK_IDS, CHECK_INFO, type CheckId } from '../../../src/config/checks';
import { savedResults, saveResults } from '../../../src/checks/saved';

const check = (id: CheckId, status: CheckResult['status']): CheckResult => ({
  id,
  status,
  summary: `${id} says ${status}.`,
  detail: 'Measured in a test.',
  causes: [...CHECK_INFO[id].causes],
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
    const longest = Math.max(
      ...reused.map((id) => {
        const rule = CHECK_INFO[id].inWizard;
        return 'saved' in rule ? rule.saved.maxAgeDays : 0;
      }),
    );
    expect(savedResults(store, (1_000 + longest) * DAY, 'UA 1').length).toBeGreaterThan(0);
    expect(savedResults(store, (1_000 + longest) * DAY + 1, 'UA 1')).toEqual([]);
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
