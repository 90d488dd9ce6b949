/**
 * The live checks' names in every language (src/i18n/checks/names.ts) and dates and durations in
 * words per language (src/common/time-words.ts): every check named, translated, Japanese
 * punctuation full-width; English unchanged.
 */
import { describe, expect, it } from 'vitest';
import { dateWords, humanDuration, localDayTimeWords, unitWords, utcDateTimeWords } from '../../../src/common/time-words';
import { CHECK_IDS, CHECK_WORDS } from '../../../src/config/checks';
import { TRANSLATED_LOCALES } from '../../../src/config/locales';
import { checkWords, inlineCheckLabel } from '../../../src/i18n/checks/names';

/** Names a language writes as English does, with why. */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  // "Cookies" is the Spanish word too (RAE lists "cookie").
  es: ['cookies.label'],
  ja: [],
};

describe('check names', () => {
  it('English is CHECK_WORDS, the names the English pages have always shown', () => {
    expect(checkWords('en')).toBe(CHECK_WORDS);
    expect(inlineCheckLabel('en', 'clock')).toBe(CHECK_WORDS.clock.label.toLowerCase());
  });

  describe.each(TRANSLATED_LOCALES)('%s', (locale) => {
    const names = checkWords(locale);
    it.each(CHECK_IDS)('names %s in its own words', (id) => {
      for (const key of ['label', 'looksFor'] as const) {
        const words = names[id][key];
        expect(words.trim().length).toBeGreaterThan(2);
        if (!SAME_AS_ENGLISH[locale]?.includes(`${id}.${key}`)) expect(words).not.toBe(CHECK_WORDS[id][key]);
        if (locale === 'ja') expect(words).not.toMatch(/[,.()]|[。、]\s/);
      }
    });
  });
});

const MOMENT = Date.UTC(2026, 10, 27, 14, 5, 30);

describe('time words per language', () => {
  it('keeps English as it was', () => {
    expect(humanDuration(15 * 60_000, 'en')).toBe('15 minutes');
    expect(unitWords(3, 'month')).toBe('3 months');
    expect(dateWords(MOMENT, 'en')).toBe('27 November 2026');
  });

  it('says durations in Spanish and Japanese (no space between number and unit in Japanese)', () => {
    expect(humanDuration(15 * 60_000, 'es')).toBe('15 minutos');
    expect(humanDuration(1000, 'es')).toBe('1 segundo');
    expect(humanDuration(2 * 3_600_000, 'ja')).toBe('2時間');
    expect(unitWords(3, 'month', 'ja')).toBe('3か月');
    expect(unitWords(1, 'year', 'es')).toBe('1 año');
  });

  it('writes dates in each language, in UTC', () => {
    expect(dateWords(MOMENT, 'es')).toBe('27 de noviembre de 2026');
    expect(dateWords(MOMENT, 'ja')).toBe('2026年11月27日');
    expect(utcDateTimeWords(MOMENT, 'ja')).toMatch(/^2026年11月27日 14:05 UTC$/);
    expect(utcDateTimeWords(MOMENT, 'es')).toMatch(/^27 de noviembre de 2026(,| a las) 14:05 UTC$/);
    expect(localDayTimeWords(MOMENT, 'es')).toMatch(/^\d+ de noviembre(,| a las) \d\d:\d\d$/);
  });
});
