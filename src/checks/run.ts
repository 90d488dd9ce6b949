/**
 * Runs live checks together. Each is bounded by `thresholds.checkTimeoutMs` ("unknown" when it
 * runs out), an exception or a malformed result becomes "unknown", and none can hold up or
 * break another. Results stream through `onResult` as they arrive; the promise resolves with all
 * of them in display order.
 */
import { CHECK_IDS, type CheckId } from '../config/check-rules';
import type { Check, CheckEnv } from './env';
import { CHECKS } from './registry';
import type { CheckResult } from './types';
import { errorText, result } from './util';
import { isCheckResult } from './valid';

export interface RunOptions {
  /** Run only these checks (default: all, in display order). */
  readonly only?: readonly CheckId[];
  /** Called once per check as soon as its result is known (in completion order). */
  readonly onResult?: (result: CheckResult) => void;
  /** Replace checks (tests). */
  readonly checks?: Partial<Record<CheckId, Check>>;
}

/** The result of a check the runner stopped (exported so tests use the real words, not a copy). */
export function timedOut(id: CheckId, ms: number): CheckResult {
  return result(
    id,
    'unknown',
    'This check took too long and was stopped.',
    `It did not finish within ${(ms / 1000).toFixed(0)} seconds, so it tells us nothing this time. Press “Check again” to retry.`,
    [],
    { data: { reason: 'timeout' } },
  );
}

function crashed(id: CheckId, error: unknown): CheckResult {
  return result(
    id,
    'unknown',
    'This check could not run in this browser.',
    `It stopped with an error (${errorText(error)}), so it tells us nothing about your problem. The other checks are not affected.`,
    [],
    { data: { reason: 'crashed' } },
  );
}

/** Keep only well-formed results: a check returning nonsense must not reach the page. */
const validated = (id: CheckId, value: unknown): CheckResult =>
  isCheckResult(value, id) ? value : crashed(id, new Error('it returned a result in the wrong shape'));

function runCheck(id: CheckId, check: Check, env: CheckEnv): Promise<CheckResult> {
  const ms = env.config.thresholds.checkTimeoutMs;
  const controller = new AbortController();
  return new Promise<CheckResult>((resolve) => {
    let settled = false;
    const settle = (r: CheckResult) => {
      if (settled) return;
      settled = true;
      env.clearTimeout(handle);
      if (!controller.signal.aborted) controller.abort(); // let the check stop any leftover work
      resolve(r);
    };
    const handle = env.setTimeout(() => settle(timedOut(id, ms)), ms);
    let work: Promise<CheckResult>;
    try {
      work = Promise.resolve(check(env, { signal: controller.signal }));
    } catch (error) {
      work = Promise.reject(error); // a check that throws before returning its promise
    }
    work.then(
      (r) => settle(validated(id, r)),
      (error: unknown) => settle(crashed(id, error)),
    );
  });
}

export async function runChecks(env: CheckEnv, options: RunOptions = {}): Promise<CheckResult[]> {
  const ids = CHECK_IDS.filter((id) => !options.only || options.only.includes(id));
  const all = { ...CHECKS, ...options.checks };
  return Promise.all(
    ids.map(async (id) => {
      const r = await runCheck(id, all[id], env);
      try {
        options.onResult?.(r);
      } catch {
        // A failing display callback must not lose the result for the others.
      }
      return r;
    }),
  );
}
