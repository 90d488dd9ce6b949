// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { highlightPattern, readHighlight, stem, withHighlight } from '../../../src/common/highlight';

describe('withHighlight', () => {
  it('puts the words before the anchor', () => {
    expect(withHighlight('/causes/x/#fix-it-now', ['wifi', 'network'], 'highlight')).toBe('/causes/x/?highlight=wifi+network#fix-it-now');
    expect(withHighlight('/faq/', ['vpn'], 'h')).toBe('/faq/?h=vpn');
  });
  it('leaves the path alone without words', () => expect(withHighlight('/causes/x/#a', [], 'h')).toBe('/causes/x/#a'));
  it('round-trips through readHighlight', () => {
    const url = new URL(withHighlight('/p/#a', ['time', 'zone'], 'highlight'), 'https://x');
    expect(readHighlight(url.search, 'highlight')).toEqual(['time', 'zone']);
  });
  it('reads at most a few safe words', () => {
    expect(readHighlight('?highlight=<script>alert(1)</script>&highlight=a', 'highlight')).toEqual(['script', 'alert', 'script']);
  });
});

describe('highlightPattern', () => {
  it('matches words starting with each stem, whole words only', () => {
    const re = highlightPattern(['switched', 'wifi'])!;
    expect('Switching wifi networks, or a Wi-Fi swift switch'.match(re)).toEqual(['Switching', 'wifi', 'switch']);
  });
  it('escapes and is null for nothing', () => {
    expect(highlightPattern([])).toBeNull();
    expect('a.b ab'.match(highlightPattern(['a.b'])!)).toEqual(['a.b']);
  });
  it('stems only longer words', () => {
    expect(stem('cookies')).toBe('cooki');
    expect(stem('logs')).toBe('logs');
  });
});
