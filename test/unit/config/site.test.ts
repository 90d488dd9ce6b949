/** Every limit the checks judge by has a value from the config, a one-line reason, and its sources or the words "our own judgement". */
import { describe, expect, it } from 'vitest';
import * as config from '../../../src/config/site';

const table = config.thresholdTable();

describe('thresholds with reasons', () => {
  it('covers every site-wide threshold with the value the checks use', () => {
    for (const [name, value] of Object.entries(config.site.thresholds)) {
      expect(table[name as keyof typeof config.site.thresholds]?.value, name).toBe(value);
    }
  });

  it('covers every time limit exported for single checks, with the same value', () => {
    const exported = Object.entries(config as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number');
    expect(exported.length).toBeGreaterThan(0);
    const values = Object.values(table).map((t) => t.value);
    for (const [name, value] of exported) expect(values, name).toContain(value);
    // One entry per exported limit, the site-wide ones and the status feed's reuse time: none left without a reason.
    expect(table.statusReuseMinutes.value).toBe(config.site.statusApi.reuseMinutes);
    expect(Object.keys(table)).toHaveLength(exported.length + Object.keys(config.site.thresholds).length + 1);
  });

  it.each(Object.entries(table))('%s: one line of reason, with a source or said to be our own judgement', (_name, t) => {
    expect(t.value).toBeGreaterThan(0);
    expect(t.reason).not.toMatch(/\n/);
    expect(t.reason.length).toBeGreaterThan(40);
    expect(t.reason.length).toBeLessThan(400);
    if (t.sources.length === 0) expect(t.reason).toMatch(/our own judgement/i);
    for (const url of t.sources) expect(new URL(url).protocol).toBe('https:');
  });
});

describe('the limits /check/ cards name', () => {
  const limits = Object.entries(config.checkLimits());
  const perUnit = { seconds: 60, ms: 1000, minutes: 1, days: 1 } as const; // the card says minutes, seconds, minutes, days

  it('are limits from the table, each label stating its value in words', () => {
    expect(limits.length).toBeGreaterThan(0);
    for (const [id, list] of limits) {
      for (const { label, threshold } of list ?? []) {
        expect(Object.values(table), `${id}: ${label}`).toContainEqual(threshold);
        expect(label, id).toContain(String(threshold.value / perUnit[threshold.unit]));
      }
    }
  });
});
