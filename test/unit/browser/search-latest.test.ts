import { describe, expect, it } from 'vitest';
import { latestSearch } from '../../../src/browser/search-latest';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('latestSearch', () => {
  it('shows only the newest search, even when an older one finishes last', async () => {
    const latest = latestSearch();
    const shown: string[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    latest.run(
      () => first.promise,
      (v) => shown.push(v),
      () => shown.push('failed'),
    );
    latest.run(
      () => second.promise,
      (v) => shown.push(v),
      () => shown.push('failed'),
    );
    second.resolve('new');
    await latest.settled();
    first.resolve('old');
    await first.promise;
    await Promise.resolve();
    expect(shown).toEqual(['new']);
  });

  it('reports a failure only for the newest search', async () => {
    const latest = latestSearch();
    const seen: string[] = [];
    const old = deferred<string>();
    latest.run(
      () => old.promise,
      (v) => seen.push(v),
      () => seen.push('old failed'),
    );
    latest.run(
      () => Promise.reject(new Error('offline')),
      (v) => seen.push(v),
      () => seen.push('new failed'),
    );
    await latest.settled();
    old.reject(new Error('late'));
    await old.promise.catch(() => {});
    await Promise.resolve();
    expect(seen).toEqual(['new failed']);
  });

  it('cancel drops the search under way and settles at once', async () => {
    const latest = latestSearch();
    const seen: string[] = [];
    const pending = deferred<string>();
    latest.run(
      () => pending.promise,
      (v) => seen.push(v),
      () => seen.push('failed'),
    );
    latest.cancel();
    await latest.settled();
    pending.resolve('late');
    await pending.promise;
    await Promise.resolve();
    expect(seen).toEqual([]);
  });
});
