/**
 * The words of the message catalog, the staff index and the report (src/i18n/messages/,
 * src/i18n/staff-index/, src/i18n/report/) in every language: exactly English's keys, no empty
 * words, every `{slot}` kept, translated rather than copied, and Japanese with full-width
 * punctuation. (That the pages use them: test/site/*-i18n.browser.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, TRANSLATED_LOCALES, type Locale, type TranslatedLocale } from '../../../src/config/locales';
import { site } from '../../../src/config/site';
import { catalogWords } from '../../../src/i18n/messages';
import { staffWords } from '../../../src/i18n/staff-index';
import { reportPageText, reportText } from '../../../src/i18n/report';
import { type Leaf, leaves, slots } from '../../helpers/dictionary-leaves';

/** A function leaf called with neutral samples (a number for the staff index's count). */
const text = (leaf: Leaf): string =>
  typeof leaf === 'string' ? leaf : (leaf as (...a: unknown[]) => string)(...(leaf.length === 1 ? ['Sample'] : ['Sample', 'Other']));
const countText = (leaf: Leaf): string => (typeof leaf === 'function' ? (leaf as (n: number) => string)(12) : leaf);
const AREAS: ReadonlyArray<{
  name: string;
  words: (l: Locale) => unknown;
  sameAsEnglish: Readonly<Record<TranslatedLocale, readonly string[]>>;
}> = [
  { name: 'catalog', words: catalogWords, sameAsEnglish: { es: [], ja: [] } },
  { name: 'staff index', words: staffWords, sameAsEnglish: { es: [], ja: [] } },
  {
    name: 'report',
    words: reportText,
    // Punctuation and unit symbols (s, min, h) are the same in Spanish.
    sameAsEnglish: { es: ['statusWithReason', 'nameSeparator', 'fact', 'skew.seconds', 'skew.minutes', 'skew.hours'], ja: [] },
  },
  { name: 'report page', words: reportPageText, sameAsEnglish: { es: [], ja: [] } },
];

describe.each(AREAS)('the $name words', ({ words, sameAsEnglish }) => {
  const english = leaves(words('en'));

  it('exist in every language, English included, with no empty word', () => {
    for (const locale of LOCALES)
      for (const [path, leaf] of leaves(words(locale))) expect(text(leaf).trim(), `${locale} ${path}`).not.toBe('');
  });

  describe.each(TRANSLATED_LOCALES)('in %s', (locale) => {
    const translated = leaves(words(locale));

    it('have exactly the English keys, a function where English has one', () => {
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, leaf] of english) expect(typeof translated.get(path), path).toBe(typeof leaf);
    });

    it('keep every {slot} of the English words and add none', () => {
      for (const [path, leaf] of english) expect(slots(text(translated.get(path)!)), path).toEqual(slots(text(leaf)));
    });

    it('are translated, apart from a commented allow-list', () => {
      const same = [...english].filter(([path, leaf]) => text(translated.get(path)!) === text(leaf)).map(([path]) => path);
      expect(same.sort()).toEqual([...sameAsEnglish[locale]].sort());
    });
  });

  it('in Japanese use full-width punctuation (names, addresses and placeholders aside)', () => {
    const names = [site.siteName, site.product.name, site.product.maker, new URL(site.product.appUrl).host];
    for (const [path, leaf] of leaves(words('ja'))) {
      if (path.endsWith('Url')) continue; // an address, not words
      const said = names.reduce((s, name) => s.split(name).join(''), text(leaf).replace(/\bSample\b|\bOther\b/g, ''));
      expect(said, path).not.toMatch(/[,.:;?!()]/);
    }
  });
});

describe('the staff index count', () => {
  it('is said with the number in every language', () => {
    for (const locale of LOCALES) expect(countText(staffWords(locale).page.lede)).toContain('12');
  });
});

describe('the staff index filter words file', () => {
  it('is the page’s own language’s', () => {
    for (const locale of LOCALES) {
      expect(staffWords(locale).browser.filterWordsUrl).toBe(`${locale === 'en' ? '' : `/${locale}`}/answers/filter-words.json`);
    }
  });
});
