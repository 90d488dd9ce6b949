/**
 * Runs live checks together. Each is bounded by `thresholds.checkTimeoutMs` ("unknown" when it
 * runs out), an exception or a malformed result becomes "unknown", and none can hold up or
 * break another. Results stream through `onResult` as they arrive; the promise resolves with all
 * of them in display order.
 */
import { CHECK_IDS, type CheckId } from '../config/check-rules';
import { enRunner, type RunnerWords } from '../i18n/checks/en-runner';
import type { Check, CheckEnv } from './env';
import { CHECKS } from './registry';
import type { CheckResult } from './types';
import { errorText, result } from './util';
import { fill } from '../common/fill';
import { isCheckResult } from './valid';
import { liveWords } from './words';

export interface RunOptions {
  /** Run only these checks (default: all, in display order). */
  readonly only?: readonly CheckId[];
  /** Called once per check as soon as its result is known (in completion order). */
  readonly onResult?: (result: CheckResult) => void;
  /** Replace checks (tests). */
  readonly checks?: Partial<Record<CheckId, Check>>;
}

/** The result of a check the runner stopped (exported so tests use the real words, not a copy). */
export function timedOut(id: CheckId, ms: number, w: RunnerWords = enRunner): CheckResult {
  return result(id, 'unknown', w.timedOutSummary, fill(w.timedOutDetail, { seconds: (ms / 1000).toFixed(0) }), [], {
    data: { reason: 'timeout' },
  });
}

function crashed(id: CheckId, error: unknown, w: RunnerWords): CheckResult {
  return result(id, 'unknown', w.crashedSummary, fill(w.crashedDetail, { error: errorText(error) }), [], { data: { reason: 'crashed' } });
}

/** Keep only well-formed results: a check returning nonsense must not reach the page. */
const validated = (id: CheckId, value: unknown, w: RunnerWords): CheckResult =>
  isCheckResult(value, id) ? value : crashed(id, new Error(w.wrongShape), w);

function runCheck(id: CheckId, check: Check, env: CheckEnv, w: RunnerWords): Promise<CheckResult> {
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
    const handle = env.setTimeout(() => settle(timedOut(id, ms, w)), ms);
    let work: Promise<CheckResult>;
    try {
      work = Promise.resolve(check(env, { signal: controller.signal }));
    } catch (error) {
      work = Promise.reject(error); // a check that throws before returning its promise
    }
    work.then(
      (r) => settle(validated(id, r, w)),
      (error: unknown) => settle(crashed(id, error, w)),
    );
  });
}

export async function runChecks(env: CheckEnv, options: RunOptions = {}): Promise<CheckResult[]> {
  const ids = CHECK_IDS.filter((id) => !options.only || options.only.includes(id));
  const all = { ...CHECKS, ...options.checks };
  // The page's language; words failing to load (offline, no page words) leave the runner's own English.
  const w = await liveWords(env).then(
    (words) => words.runner,
    () => enRunner,
  );
  return Promise.all(
    ids.map(async (id) => {
      const r = await runCheck(id, all[id], env, w);
      try {
        options.onResult?.(r);
      } catch {
        // A failing display callback must not lose the result for the others.
      }
      return r;
    }),
  );
}
