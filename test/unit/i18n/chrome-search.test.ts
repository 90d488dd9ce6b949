/**
 * The language chrome's and search's words (src/i18n/chrome/, src/i18n/search/) in every language:
 * English's keys, no empty words, the same `{slot}`s, translated rather than copied, and
 * Japanese punctuation full-width.
 */
import { describe, expect, it } from 'vitest';
import { LOCALE_NAMES, LOCALES, TRANSLATED_LOCALES, type Locale } from '../../../src/config/locales';
import { chromeWords } from '../../../src/i18n/chrome';
import { searchWords } from '../../../src/i18n/search';
import { leaves, slots } from '../../helpers/dictionary-leaves';

const AREAS = { chrome: chromeWords, search: searchWords } as const;

describe.each(Object.keys(AREAS) as (keyof typeof AREAS)[])('%s words', (area) => {
  const words = (l: Locale) => leaves(AREAS[area](l)) as Map<string, string>; // these tables hold strings only (their types say so)
  const english = words('en');

  it('English says something everywhere', () => {
    for (const [path, w] of english) expect(w.trim(), path).not.toBe('');
  });

  describe.each(TRANSLATED_LOCALES)('in %s', (locale) => {
    const translated = words(locale);
    it('has English’s keys and slots, and words of its own', () => {
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, w] of english) {
        expect(slots(translated.get(path)!), path).toEqual(slots(w));
        expect(translated.get(path)!.trim(), path).not.toBe('');
        expect(translated.get(path), path).not.toBe(w);
      }
    });
  });

  it('Japanese uses full-width punctuation', () => {
    for (const [path, w] of words('ja')) expect(w, path).not.toMatch(/[,.:;?!()"“”]/);
  });
});

describe('the offer', () => {
  it.each(LOCALES)('in %s names that language in its own words', (locale) => {
    expect(chromeWords(locale).offer.text.toLowerCase()).toContain(LOCALE_NAMES[locale].toLowerCase());
  });
});
