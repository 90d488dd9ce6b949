import { describe, expect, it } from 'vitest';
import { pasteWords } from '../../../src/common/paste-noise';

describe('pasteWords', () => {
  it('keeps the words of a paste for the search page, without identifiers or empty brackets', () => {
    expect(pasteWords('Quantum flux (req_8f3a2b1c4d5e6f70) at 2026-11-30T10:49:38Z   Ray ID: 8f3a2b1c4d5e6f70')).toBe('Quantum flux at');
    expect(pasteWords('x'.repeat(500)).length).toBe(300);
  });
});
