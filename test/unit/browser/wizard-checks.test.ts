import { describe, expect, it } from 'vitest';
import { wizardCheckIds } from '../../../src/browser/wizard-checks';

describe('the checks the wizard runs', () => {
  it('the wizard runs the quick checks itself and takes the rest from /check/', () => {
    expect(wizardCheckIds()).toEqual(['private-mode', 'clock', 'service-status']);
  });
});
