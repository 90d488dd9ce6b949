import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../../../scripts/lib/static-server';

describe('_headers parsing used by the test server', () => {
  it('applies wildcard rules with their headers', () => {
    const rules = parseHeadersFile('# comment\n/*\n  X-Content-Type-Options: nosniff\n/pagefind/*\n  Cache-Control: max-age=60\n');
    expect(rules).toHaveLength(2);
    expect(rules[0]!.pattern.test('/causes/x/')).toBe(true);
    expect(rules[1]!.pattern.test('/causes/x/')).toBe(false);
    expect(rules[1]!.headers).toEqual([['Cache-Control', 'max-age=60']]);
  });
});
