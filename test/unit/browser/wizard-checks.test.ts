import { describe, expect, it } from 'vitest';
import { wizardCheckIds } from '../../../src/browser/wizard-checks';
import { CHECK_IDS, CHECK_INFO } from '../../../src/config/checks';

describe('the checks the wizard runs', () => {
  it('the wizard runs the quick checks itself and takes the rest from /check/', () => {
    // The contract says which: a check is either run live in the wizard or reused from /check/.
    const live = CHECK_IDS.filter((id) => 'live' in CHECK_INFO[id].inWizard);
    expect(live.length).toBeGreaterThan(0);
    expect(wizardCheckIds()).toEqual(live);
    expect(wizardCheckIds().filter((id) => 'saved' in CHECK_INFO[id].inWizard)).toEqual([]);
  });
});
