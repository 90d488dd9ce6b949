/**
 * Every language's interface words (src/i18n/) have exactly English's keys, say something, keep
 * every `{slot}` the page fills, and are translated rather than copied.
 */
import { describe, expect, it } from 'vitest';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../../../src/config/locales';
import { site } from '../../../src/config/site';
import { dictionary } from '../../../src/i18n';
import { type Leaf, leaves, slots } from '../../helpers/dictionary-leaves';

/** Sample arguments for each English function, so each one is called in every language. */
const SAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  'causes.description': [15],
  'prevent.moreOn': ['VPN or network change'],
};

/**
 * Values a translation may share with English, each with why. Punctuation only: a word left in
 * English is a missed translation.
 */
const SAME_AS_ENGLISH: Readonly<Record<TranslatedLocale, readonly string[]>> = {
  // Spanish separates list items and places the same way English does.
  es: ['common.listComma', 'messages.placeSeparator'],
  ja: [],
};

const english = leaves(dictionary('en'));
/** A leaf's text: a string as it is, a function called with its samples. */
const text = (path: string, leaf: Leaf): string =>
  typeof leaf === 'string' ? leaf : (leaf as (...a: unknown[]) => string)(...SAMPLES[path]!);
describe('the English dictionary', () => {
  it('has sample arguments for exactly its functions', () => {
    const functions = [...english].filter(([, leaf]) => typeof leaf === 'function').map(([path]) => path);
    expect(functions.sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it('has no empty words', () => {
    for (const [path, leaf] of english) expect(text(path, leaf).trim(), path).not.toBe('');
  });
});

describe.each(TRANSLATED_LOCALES)('the %s dictionary', (locale) => {
  const translated = leaves(dictionary(locale));

  it('has exactly the English keys, each a string where English has one and a function where English has one', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, leaf] of english) expect(typeof translated.get(path), path).toBe(typeof leaf);
  });

  it('has no empty words, and every function answers its samples with words', () => {
    for (const [path, leaf] of translated) {
      const words = text(path, leaf);
      expect(typeof words, path).toBe('string');
      expect(words.trim(), path).not.toBe('');
    }
  });

  it('keeps every {slot} of the English sentence, once each, and adds none', () => {
    for (const [path, leaf] of english) expect(slots(text(path, translated.get(path)!)), path).toEqual(slots(text(path, leaf)));
  });

  it('translates every value, apart from its commented allow-list', () => {
    const same = [...english].filter(([path, leaf]) => text(path, translated.get(path)!) === text(path, leaf)).map(([path]) => path);
    expect(same.sort()).toEqual([...SAME_AS_ENGLISH[locale]].sort());
  });

  it('writes names from the site config rather than translating them', () => {
    const all = [...translated].map(([path, leaf]) => text(path, leaf)).join('\n');
    for (const name of [site.product.name, site.product.maker, site.product.message]) expect(all).toContain(name);
  });
});

describe('the Japanese dictionary', () => {
  it('uses full-width punctuation (names from the site config aside)', () => {
    const names = [site.siteName, site.product.name, site.product.maker, site.product.message];
    for (const [path, leaf] of leaves(dictionary('ja'))) {
      const words = names.reduce((s, name) => s.split(name).join(''), text(path, leaf));
      expect(words, path).not.toMatch(/[,.:;?!()]/);
    }
  });
});
