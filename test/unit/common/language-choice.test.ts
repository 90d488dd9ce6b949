import { describe, expect, it } from 'vitest';
import { isLocale, preferredLocale, switchedPath } from '../../../src/common/language-choice';
import { LOCALES } from '../../../src/config/locales';
import { answersPath } from '../../../src/wizard/path';

const at = (href: string) => {
  const u = new URL(href, 'https://help.example');
  return { pathname: u.pathname, search: u.search, hash: u.hash };
};

describe('switchedPath', () => {
  it('changes only the prefix, keeping the section and the query', () => {
    expect(switchedPath(at('/causes/clock-skew/#fix-it-now'), 'ja')).toBe('/ja/causes/clock-skew/#fix-it-now');
    expect(switchedPath(at('/ja/causes/clock-skew/#fix-it-now'), 'es')).toBe('/es/causes/clock-skew/#fix-it-now');
    expect(switchedPath(at('/es/search/?q=vpn'), 'en')).toBe('/search/?q=vpn');
    expect(switchedPath(at('/es/'), 'en')).toBe('/');
    expect(switchedPath(at('/'), 'es')).toBe('/es/');
  });

  it('keeps the answers the wizard has put in the path', () => {
    const path = answersPath([
      { step: 'where', answer: 'computer' },
      { step: 'message', answer: 'session-expired' },
    ]);
    expect(switchedPath(at(path), 'es')).toBe(`/es${path}`);
    expect(switchedPath(at(`/ja${path}`), 'en')).toBe(path);
  });

  it('round-trips through every language', () => {
    const start = '/causes/clock-skew/?highlight=reloj#fix-it-now';
    for (const l of LOCALES) expect(switchedPath(at(switchedPath(at(start), l)), 'en')).toBe(start);
  });
});

describe('preferredLocale', () => {
  it('offers the first of the reader’s languages that we have, when it is not the page’s', () => {
    expect(preferredLocale(['es-ES', 'en'], 'en')).toBe('es');
    expect(preferredLocale(['fr-FR', 'ja'], 'en')).toBe('ja');
    expect(preferredLocale(['en-GB', 'es'], 'ja')).toBe('en');
    expect(preferredLocale(['ES-mx'], 'ja')).toBe('es');
  });

  it('offers nothing when the page is already in the first language we have, or we have none of theirs', () => {
    expect(preferredLocale(['en-US', 'es'], 'en')).toBeUndefined();
    expect(preferredLocale(['fr', 'ja-JP'], 'ja')).toBeUndefined();
    expect(preferredLocale(['fr', 'de'], 'en')).toBeUndefined();
    expect(preferredLocale([], 'es')).toBeUndefined();
  });
});

describe('isLocale', () => {
  it('knows our languages only', () => {
    for (const l of LOCALES) expect(isLocale(l)).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale('')).toBe(false);
  });
});
