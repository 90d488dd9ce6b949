import { describe, expect, it } from 'vitest';
import { isCheckResult } from '../../../src/wizard/check-events';
import { checkResult } from '../../helpers/check-result';

const check = checkResult;

describe('check results as DOM events', () => {
  it('validates results that arrive as DOM events', () => {
    expect(isCheckResult(check('clock', 'ok'))).toBe(true);
    expect(isCheckResult({ ...check('clock', 'ok'), id: 'nope' })).toBe(false);
    expect(isCheckResult({ ...check('clock', 'ok'), status: 'bad' })).toBe(false);
    expect(isCheckResult({ id: 'clock', status: 'ok' })).toBe(false);
    expect(isCheckResult(null)).toBe(false);
  });
});
