import { describe, expect, it } from 'vitest';
import { counterpartPaths, localeOfPath, localizedPath, unlocalizedPath } from '../../../src/common/locale-path';
import { LOCALES } from '../../../src/config/locales';

describe('addresses in each language', () => {
  it('keeps English at the root and prefixes the others', () => {
    expect(localizedPath('en', '/causes/clock-skew/#fix-it-now')).toBe('/causes/clock-skew/#fix-it-now');
    expect(localizedPath('ja', '/causes/clock-skew/#fix-it-now')).toBe('/ja/causes/clock-skew/#fix-it-now');
    expect(localizedPath('es', '/')).toBe('/es/');
  });

  it('reads the language back from the prefix, and only from a whole first segment', () => {
    expect(localeOfPath('/es/faq/')).toBe('es');
    expect(localeOfPath('/ja/')).toBe('ja');
    expect(localeOfPath('/faq/')).toBe('en');
    expect(localeOfPath('/estimates/')).toBe('en');
  });

  it('round-trips every page through every language', () => {
    for (const path of ['/', '/causes/', '/other/rate-limits/', '/faq/#can-i-prevent-it'])
      for (const locale of LOCALES) expect(unlocalizedPath(localizedPath(locale, path))).toBe(path);
  });

  it('lists a page in every language, English first', () => {
    expect(counterpartPaths('/ja/prevent/')).toEqual([
      { locale: 'en', path: '/prevent/' },
      { locale: 'es', path: '/es/prevent/' },
      { locale: 'ja', path: '/ja/prevent/' },
    ]);
  });
});
