/** The one store of check results kept on this device: what /check/ keeps for the wizard, and the reused status answer. */
import { describe, expect, it } from 'vitest';
import { freshResult, keptEntry, readKept, writeKept } from '../../../src/checks/saved';
import type { CheckResult } from '../../../src/checks/types';
import { FakeStorage } from '../../helpers/fake-check-env';

const status: CheckResult = { id: 'service-status', status: 'ok', summary: 's', detail: 'd', causes: [] };
const HOUR = 3_600_000;

describe('freshResult', () => {
  const entry = keptEntry(status, 10 * HOUR, { url: 'https://status.example/api', browser: 'UA' });

  it('gives back a valid result younger than the limit, with its age', () => {
    expect(freshResult(entry, 'service-status', 10 * HOUR + 5000, HOUR)).toEqual({ result: status, age: 5000 });
  });

  it('refuses one as old as the limit, one from the future, one of another check, or found elsewhere', () => {
    expect(freshResult(entry, 'service-status', 11 * HOUR, HOUR)).toBeUndefined();
    expect(freshResult(entry, 'service-status', 10 * HOUR - 1, HOUR)).toBeUndefined();
    expect(freshResult(entry, 'clock', 10 * HOUR, HOUR)).toBeUndefined();
    expect(freshResult(entry, 'service-status', 10 * HOUR, HOUR, { url: 'https://other.example/api' })).toBeUndefined();
    expect(freshResult(entry, 'service-status', 10 * HOUR, HOUR, { browser: 'UA 2' })).toBeUndefined();
    expect(freshResult(entry, 'service-status', 10 * HOUR, HOUR, { browser: 'UA', url: 'https://status.example/api' })).toBeDefined();
  });

  it('refuses damaged entries', () => {
    for (const bad of [
      null,
      'x',
      { at: 'now', result: status },
      { at: 10 * HOUR },
      { at: 10 * HOUR, result: { ...status, status: 'fine' } },
    ])
      expect(freshResult(bad, 'service-status', 10 * HOUR, HOUR)).toBeUndefined();
  });
});

describe('readKept and writeKept', () => {
  it('round-trip JSON and survive damaged data and blocked storage', () => {
    const storage = new FakeStorage();
    writeKept(() => storage, 'k', { a: 1 });
    expect(readKept(() => storage, 'k')).toEqual({ a: 1 });
    expect(readKept(() => storage, 'missing')).toBeNull();
    storage.setItem('k', '{not json');
    expect(readKept(() => storage, 'k')).toBeUndefined();
    const blocked = (): Storage => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(readKept(blocked, 'k')).toBeUndefined();
    expect(() => writeKept(blocked, 'k', 1)).not.toThrow();
  });
});
