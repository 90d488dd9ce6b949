/** Dates and durations in words: the one formatter every page, check and report uses. */
import { describe, expect, it } from 'vitest';
import { dateWords, humanDuration, localDateTime, localDayTimeWords, plural, utcDateTimeWords } from '../../../src/common/time-words';

const MOMENT = Date.UTC(2026, 10, 27, 14, 5, 30); // 27 November 2026, 14:05:30 UTC

describe('plural', () => {
  it('uses the singular for exactly one, and the given or -s plural otherwise', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(2, 'child', 'children')).toBe('2 children');
  });
});

describe('humanDuration', () => {
  it.each([
    [40_000, '40 seconds'],
    [89_000, '89 seconds'],
    [90_000, '2 minutes'],
    [15 * 60_000, '15 minutes'],
    [2 * 3_600_000, '2 hours'],
    [35 * 3_600_000, '35 hours'],
    [3 * 86_400_000, '3 days'],
    [-2 * 3_600_000, '2 hours'],
    [1000, '1 second'],
  ])('%i ms is "%s"', (ms, words) => expect(humanDuration(ms)).toBe(words));
});

describe('dates', () => {
  it('writes a day in UTC, from ms or a Date, so no time zone can shift it', () => {
    expect(dateWords(MOMENT)).toBe('27 November 2026');
    expect(dateWords(new Date(Date.UTC(2026, 0, 1, 23, 59)))).toBe('1 January 2026');
  });

  it('writes a report moment in UTC and says so', () => {
    // The separator between date and time is the ICU data's (", " or " at ").
    expect(utcDateTimeWords(MOMENT)).toMatch(/^27 November 2026(,| at) 14:05 UTC$/);
  });

  it('writes a moment in the device zone without the year, and in the visitor’s own words', () => {
    const local = new Date(MOMENT);
    const hhmm = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
    expect(localDayTimeWords(MOMENT)).toMatch(new RegExp(`^${local.getDate()} November(,| at) ${hhmm}$`));
    expect(localDateTime(MOMENT)).toBe(local.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' }));
  });
});
