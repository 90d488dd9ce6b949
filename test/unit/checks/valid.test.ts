/** One test of "is this a check result?" for the runner, the wizard's events and stored results. */
import { describe, expect, it } from 'vitest';
import { isCheckResult } from '../../../src/checks/valid';
import { CHECK_IDS, CHECK_RULES } from '../../../src/config/check-rules';
import { CAUSE_SLUGS } from '../../../src/config/causes';
import { isCheckResult as fromEvents } from '../../../src/wizard/check-events';

const good = (id: (typeof CHECK_IDS)[number]) => ({
  id,
  status: 'problem',
  summary: 's',
  detail: 'd',
  causes: [...CHECK_RULES[id].causes],
});

describe('isCheckResult', () => {
  it('is the same function the wizard checks events with', () => {
    expect(fromEvents).toBe(isCheckResult);
  });

  it.each(CHECK_IDS)('accepts a well-formed %s result naming its own causes, of that id only', (id) => {
    expect(isCheckResult(good(id))).toBe(true);
    expect(isCheckResult(good(id), id)).toBe(true);
    const other = CHECK_IDS.find((o) => o !== id)!;
    expect(isCheckResult(good(id), other)).toBe(false);
  });

  it.each(CHECK_IDS)('rejects a %s result naming a cause its rule does not allow', (id) => {
    const foreign = CAUSE_SLUGS.find((c) => !(CHECK_RULES[id].causes as readonly string[]).includes(c))!;
    expect(isCheckResult({ ...good(id), causes: [foreign] })).toBe(false);
    expect(isCheckResult({ ...good(id), causes: ['not-a-cause'] })).toBe(false);
  });

  it('rejects unknown ids, statuses and missing or wrongly typed fields', () => {
    const ok = good('clock');
    for (const bad of [
      null,
      'clock',
      [],
      { ...ok, id: 'nope' },
      { ...ok, status: 'bad' },
      { ...ok, summary: 1 },
      { ...ok, detail: undefined },
      { ...ok, causes: 'clock-skew' },
      { id: 'clock', status: 'ok' },
    ])
      expect(isCheckResult(bad), JSON.stringify(bad)).toBe(false);
  });
});
