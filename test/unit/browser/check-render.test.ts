/** The measured facts /check/'s summary line names after a check's label. */
import { describe, expect, it } from 'vitest';
import { humanDuration } from '../../../src/common/time-words';
import { measuredFact } from '../../../src/browser/check-render';

describe('measuredFact', () => {
  it('says how far the clock is off and which way', () => {
    expect(measuredFact({ skewSeconds: 7200 })).toBe(` — ${humanDuration(7_200_000)} ahead`);
    expect(measuredFact({ skewSeconds: -7200 })).toBe(' — 2 hours behind');
    expect(measuredFact({ skewSeconds: -45 * 60 })).toBe(' — 45 minutes behind');
  });

  it('says how old the browser version is, in months up to two years and in years after', () => {
    expect(measuredFact({ browserAgeDays: 200 })).toBe(' — 7 months old');
    expect(measuredFact({ browserAgeDays: 729 })).toBe(' — 24 months old');
    expect(measuredFact({ browserAgeDays: 3 * 365 })).toBe(' — 3 years old');
  });

  it('names nothing for checks without a measured number', () => {
    expect(measuredFact()).toBe('');
    expect(measuredFact({ reason: 'offline' })).toBe('');
    expect(measuredFact({ skewSeconds: 0 })).toBe('');
  });
});
