import { describe, expect, it } from 'vitest';
import { availableHref } from '../../../src/build/untranslated-links';

describe('links from translated articles', () => {
  it('keep their language where the page exists in it', () => {
    for (const href of [
      '/ja/causes/clock-skew/#fix-it-now',
      '/es/faq/#does-a-vpn-cause-it',
      '/es/',
      '/ja/other/rate-limits/',
      '/es/diagnose/',
      '/ja/diagnose/where=computer/',
    ])
      expect(availableHref(href)).toBe(href);
  });

  it('go to the English page, hash and query kept, where the language has none yet', () => {
    expect(availableHref('/ja/check/#check-clock')).toBe('/check/#check-clock');
    expect(availableHref('/es/search/?q=vpn')).toBe('/search/?q=vpn');
  });

  it('leave English and outside links alone', () => {
    for (const href of ['/check/', 'https://help.openai.com/', '#sources', '/estimates/']) expect(availableHref(href)).toBe(href);
  });
});
