import { describe, expect, it } from 'vitest';
import { availableHref } from '../../../src/build/untranslated-links';
import { TRANSLATED_SECTIONS } from '../../../src/config/locales';

describe('links from translated articles', () => {
  it('keep their language where the page exists in it', () => {
    for (const href of [
      '/ja/causes/clock-skew/#fix-it-now',
      '/es/faq/#does-a-vpn-cause-it',
      '/es/',
      '/ja/other/rate-limits/',
      '/ja/check/#check-clock',
      '/es/diagnose/',
      '/ja/diagnose/where=computer/',
    ])
      expect(availableHref(href)).toBe(href);
  });

  it('go to the English page, hash and query kept, where the language has none yet', () => {
    // Every part of the site is translated today; a part that is not yet keeps its English page.
    const sections = TRANSLATED_SECTIONS.filter((s) => !['messages', 'diagnose', 'answers'].includes(s));
    expect(availableHref('/ja/messages/#rate-limit', sections)).toBe('/messages/#rate-limit');
    expect(availableHref('/es/diagnose/', sections)).toBe('/diagnose/');
    expect(availableHref('/es/answers/?q=vpn', sections)).toBe('/answers/?q=vpn');
  });

  it('leave English and outside links alone', () => {
    for (const href of ['/check/', 'https://help.openai.com/', '#sources', '/estimates/']) expect(availableHref(href)).toBe(href);
  });
});
