import { describe, expect, it } from 'vitest';
import { availableHref } from '../../../src/build/untranslated-links';

describe('links from translated articles', () => {
  it('keep their language where the page exists in it', () => {
    for (const href of [
      '/ja/causes/clock-skew/#fix-it-now',
      '/es/faq/#does-a-vpn-cause-it',
      '/es/',
      '/ja/other/rate-limits/',
      '/ja/check/#check-clock',
    ])
      expect(availableHref(href)).toBe(href);
  });

  it('go to the English page, hash and query kept, where the language has none yet', () => {
    expect(availableHref('/ja/messages/#rate-limit')).toBe('/messages/#rate-limit');
    expect(availableHref('/es/diagnose/')).toBe('/diagnose/');
    expect(availableHref('/es/answers/?q=vpn')).toBe('/answers/?q=vpn');
  });

  it('leave English and outside links alone', () => {
    for (const href of ['/check/', 'https://help.openai.com/', '#sources', '/estimates/']) expect(availableHref(href)).toBe(href);
  });
});
