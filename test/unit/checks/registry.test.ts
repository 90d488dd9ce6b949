import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/checks/registry';
import { CHECK_IDS } from '../../../src/config/checks';

describe('check registry', () => {
  it('has one check per contract id', () => {
    expect(Object.keys(CHECKS).sort()).toEqual([...CHECK_IDS].sort());
  });
});
