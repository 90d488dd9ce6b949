/**
 * clock: the device clock against the server's `Date` header. Several same-origin HEAD requests
 * (no-store, cache-busting query); the fastest round trip wins because its midpoint pins the
 * server's moment best. A response with `Age` > 0 came from a cache, so its Date is old: ignored.
 * The header has 1 s resolution, so a skew counts only once it is clearly past a band's edge.
 */
import { CLOCK_REQUEST_MS } from '../config/site';
import type { Check, CheckContext, CheckEnv } from './env';
import type { UnknownReason } from './types';
import { humanDuration } from '../common/time-words';
import { probeSite, result } from './util';
import { fill } from '../common/fill';
import { liveWords } from './words';

export interface ClockSample {
  /** Round trip in ms. */
  rtt: number;
  /** Device wall time at the midpoint of the round trip. */
  localMid: number;
  /** Server time from the Date header (start of its second). */
  serverDate: number;
}

/** A sample, or why there is none: no usable Date (or a cached one), too slow, or no answer at all. */
async function sample(env: CheckEnv, ctx: CheckContext): Promise<ClockSample | UnknownReason> {
  const wall0 = env.now();
  const t0 = env.monotonic();
  const res = await probeSite(env, 'clock', CLOCK_REQUEST_MS, ctx.signal);
  const rtt = env.monotonic() - t0;
  if (res === 'timeout') return 'timeout';
  if (res === 'failed') return env.navigator.onLine ? 'no-answer' : 'offline';
  const age = Number(res.headers.get('Age') ?? '0');
  const serverDate = Date.parse(res.headers.get('Date') ?? '');
  if (!Number.isFinite(serverDate) || !(age <= 0)) return 'bad-answer';
  return { rtt, localMid: wall0 + rtt / 2, serverDate };
}

/**
 * Skew estimate from the fastest sample: the server's true time lies in
 * [Date, Date + 1 s), so take the middle and widen the uncertainty by half a second.
 */
export function estimateSkew(samples: readonly ClockSample[]): { skewMs: number; uncertaintyMs: number } | undefined {
  const best = [...samples].sort((a, b) => a.rtt - b.rtt)[0];
  if (!best) return undefined;
  return { skewMs: best.localMid - (best.serverDate + 500), uncertaintyMs: 500 + best.rtt / 2 };
}

/**
 * Bands (site config `thresholds`, with their reasons and sources): a skew only counts once it is
 * clearly past a band's edge, measurement uncertainty included.
 */
export const clockCheck: Check = async (env, ctx) => {
  const samples: ClockSample[] = [];
  let reason: UnknownReason = 'no-answer';
  // Four samples: the fastest of them pins the server's moment well enough.
  for (let i = 0; i < 4 && !ctx.signal.aborted; i++) {
    const s = await sample(env, ctx);
    if (typeof s === 'string') reason = s;
    else samples.push(s);
  }
  const estimate = estimateSkew(samples);
  const w = (await liveWords(env)).clock;
  if (!estimate) return result('clock', 'unknown', w.unknownSummary, w.unknownDetail, [], { data: { reason } });
  const { clockWarningSeconds, clockProblemSeconds } = env.config.thresholds;
  const { skewMs, uncertaintyMs } = estimate;
  const off = (Math.abs(skewMs) - uncertaintyMs) / 1000;
  const data = { skewSeconds: Math.round(skewMs / 1000) };
  const duration = humanDuration(skewMs, env.locale);
  const status = off > clockProblemSeconds ? 'problem' : off > clockWarningSeconds ? 'warning' : 'ok';
  return result(
    'clock',
    status,
    status === 'ok' ? w.okSummary : fill(skewMs > 0 ? w.aheadSummary : w.behindSummary, { duration }),
    status === 'problem' ? w.problemDetail : status === 'warning' ? w.warningDetail : fill(w.okDetail, { duration }),
    status === 'ok' ? [] : ['clock-skew'],
    { data },
  );
};
