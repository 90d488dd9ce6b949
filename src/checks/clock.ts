/**
 * clock: the device clock against the server's `Date` header. Several same-origin HEAD requests
 * (no-store, cache-busting query); the fastest round trip wins because its midpoint pins the
 * server's moment best. A response with `Age` > 0 came from a cache, so its Date is old: ignored.
 * The header has 1 s resolution, so only a skew clearly past the configured threshold counts.
 */
import type { Check, CheckContext, CheckEnv } from './env';
import { freshUrl, humanDuration, result, timeoutSignal } from './util';

const SAMPLES = 4;
const REQUEST_MS = 700;

export interface ClockSample {
  /** Round trip in ms. */
  rtt: number;
  /** Device wall time at the midpoint of the round trip. */
  localMid: number;
  /** Server time from the Date header (start of its second). */
  serverDate: number;
}

async function sample(env: CheckEnv, ctx: CheckContext): Promise<ClockSample | undefined> {
  const { signal, done } = timeoutSignal(env, REQUEST_MS, ctx.signal);
  try {
    const wall0 = env.now();
    const t0 = env.monotonic();
    const res = await env.fetch(freshUrl(env, '/', 'clock'), { method: 'HEAD', cache: 'no-store', credentials: 'same-origin', signal });
    const rtt = env.monotonic() - t0;
    const age = Number(res.headers.get('Age') ?? '0');
    const serverDate = Date.parse(res.headers.get('Date') ?? '');
    if (!Number.isFinite(serverDate) || !(age <= 0)) return undefined;
    return { rtt, localMid: wall0 + rtt / 2, serverDate };
  } catch {
    return undefined;
  } finally {
    done();
  }
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

export const clockCheck: Check = async (env, ctx) => {
  const samples: ClockSample[] = [];
  for (let i = 0; i < SAMPLES && !ctx.signal.aborted; i++) {
    const s = await sample(env, ctx);
    if (s) samples.push(s);
  }
  const estimate = estimateSkew(samples);
  if (!estimate) {
    return result(
      'clock',
      'unknown',
      'Could not compare your clock with the server’s.',
      'The server did not answer with a usable time (you may be offline). Compare your device clock with time.is or another device by hand: a few minutes off is enough to sign you out.',
    );
  }
  const threshold = env.config.thresholds.clockSkewSeconds * 1000;
  const { skewMs, uncertaintyMs } = estimate;
  const skewSeconds = Math.round(skewMs / 1000);
  const way = skewMs > 0 ? 'ahead of' : 'behind';
  const data = { skewSeconds };
  if (Math.abs(skewMs) - uncertaintyMs > threshold) {
    return result(
      'clock',
      'problem',
      `Your device clock is about ${humanDuration(skewMs)} ${way} the server’s.`,
      `Sign-in tokens carry their own start and end times. With a clock ${humanDuration(skewMs)} off, a fresh token can look expired (or not valid yet) and the app signs you out. Turn on automatic date and time, then check again. (Measured over ${samples.length} requests; more than ${env.config.thresholds.clockSkewSeconds} seconds counts.)`,
      ['clock-skew'],
      { data },
    );
  }
  return result(
    'clock',
    'ok',
    'Your device clock agrees with the server’s.',
    `The difference is about ${Math.abs(skewSeconds)} second${Math.abs(skewSeconds) === 1 ? '' : 's'}, well within the ${env.config.thresholds.clockSkewSeconds} seconds that could matter (the server’s clock is read to the second).`,
    [],
    { data },
  );
};
