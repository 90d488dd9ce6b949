import { describe, expect, it } from 'vitest';
import { absoluteUrl, filterWords, matchesFilter, replyText } from '../../../src/browser/staff-index-page';

describe('staff index page helpers', () => {
  it('builds absolute links and replies', () => {
    const url = absoluteUrl('https://help.example', '/causes/clock-skew/#fix-it-now');
    expect(url).toBe('https://help.example/causes/clock-skew/#fix-it-now');
    expect(replyText('These steps should help:', url)).toBe(`These steps should help: ${url}`);
  });
  it('filters on every word, in the row or its group', () => {
    const words = filterWords('  VPN fix ');
    expect(words).toEqual(['vpn', 'fix']);
    expect(matchesFilter(words, 'fix it now /causes/network-changes/#fix-it-now', 'vpn or network change')).toBe(true);
    expect(matchesFilter(words, 'why it happens', 'vpn or network change')).toBe(false);
    expect(matchesFilter([], 'anything')).toBe(true);
  });
});
