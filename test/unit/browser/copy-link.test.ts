import { describe, expect, it } from 'vitest';
import { sectionUrl } from '../../../src/browser/copy-link';

describe('sectionUrl', () => {
  it('keeps path and anchor, drops the query', () => {
    expect(sectionUrl({ origin: 'https://help.example', pathname: '/causes/clock-skew/' }, 'fix-it-now')).toBe(
      'https://help.example/causes/clock-skew/#fix-it-now',
    );
  });
});
