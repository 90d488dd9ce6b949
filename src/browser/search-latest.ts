/**
 * Searches as the visitor types: each key starts one, and an older one may finish after a newer
 * one. Only the newest search's outcome reaches the screen.
 */
export interface LatestSearch {
  /** Start `work`; `show` or `fail` runs only if no newer search (or `cancel`) came since. */
  run<T>(work: () => Promise<T>, show: (value: T) => void, fail: () => void): void;
  /** Drop the search under way, if any (the text got too short to search). */
  cancel(): void;
  /** Resolves when the newest search's outcome is handled (tests, timing). */
  settled(): Promise<void>;
}

export function latestSearch(): LatestSearch {
  let seq = 0;
  let pending: Promise<void> = Promise.resolve();
  return {
    run(work, show, fail) {
      const mine = ++seq;
      pending = work().then(
        (value) => {
          if (mine === seq) show(value);
        },
        () => {
          if (mine === seq) fail();
        },
      );
    },
    cancel() {
      seq++;
      pending = Promise.resolve();
    },
    settled: () => pending,
  };
}
