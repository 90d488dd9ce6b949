import { describe, expect, it } from 'vitest';
import { countText, kindText } from '../../../src/browser/search-words';
import { fill } from '../../../src/common/fill';
import { searchWords } from '../../../src/i18n/search';
import { LOCALES } from '../../../src/config/locales';
import { RESULT_KINDS } from '../../../src/config/search';

describe('fill', () => {
  it('puts each value in its slot and leaves unknown slots as they are', () => {
    expect(fill('{count} for “{query}”.', { count: '3 results', query: 'vpn' })).toBe('3 results for “vpn”.');
    expect(fill('「{query}」の検索結果は{count}です。', { count: '0件', query: 'x' })).toBe('「x」の検索結果は0件です。');
    expect(fill('{other}', {})).toBe('{other}');
  });
});

describe.each(LOCALES)('search words in %s', (locale) => {
  const words = searchWords(locale);
  it('count none, one and many with the language’s own words', () => {
    expect(countText(words, 0)).toBe(words.count.none);
    expect(countText(words, 1)).toBe(words.count.one);
    expect(countText(words, 7)).toBe(words.count.many.replace('{n}', '7'));
    expect(countText(words, 7)).toContain('7');
  });

  it('name every kind of result', () => {
    for (const k of RESULT_KINDS) expect(kindText(words, k.label).trim()).not.toBe('');
  });
});

describe('English search words', () => {
  it('say what the English interface always said', () => {
    const en = searchWords('en');
    expect([0, 1, 3].map((n) => countText(en, n))).toEqual(['No results', '1 result', '3 results']);
    for (const k of RESULT_KINDS) expect(kindText(en, k.label)).toBe(k.label);
  });
});
