import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/checks/types';
import { CHECK_INFO, type CheckId } from '../../../src/config/checks';
import { isCheckResult } from '../../../src/wizard/check-events';

const check = (id: CheckId, status: CheckResult['status']): CheckResult => ({
  id,
  status,
  summary: `${id} says ${status}.`,
  detail: 'Measured in a test.',
  causes: [...CHECK_INFO[id].causes],
});

describe('check results as DOM events', () => {
  it('validates results that arrive as DOM events', () => {
    expect(isCheckResult(check('clock', 'ok'))).toBe(true);
    expect(isCheckResult({ ...check('clock', 'ok'), id: 'nope' })).toBe(false);
    expect(isCheckResult({ ...check('clock', 'ok'), status: 'bad' })).toBe(false);
    expect(isCheckResult({ id: 'clock', status: 'ok' })).toBe(false);
    expect(isCheckResult(null)).toBe(false);
  });
});
