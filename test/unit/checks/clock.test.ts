/**
 * The clock check's two bands (warning, problem) at and around each edge, in both directions,
 * with the edges read from the site config, and why an unknown result is unknown.
 */
import { describe, expect, it } from 'vitest';
import { clockCheck, estimateSkew } from '../../../src/checks/clock';
import type { CheckStatus } from '../../../src/checks/types';
import { humanDuration } from '../../../src/common/time-words';
import { site, thresholdTable } from '../../../src/config/site';

const THRESHOLDS = thresholdTable();
import { FINDINGS } from '../../../src/wizard/tree';
import { ctx, FakeClock, fakeEnv } from '../../helpers/fake-check-env';

/** A server whose clock is `offsetMs` from the device's, answering after `rtt` ms (moving the fake clocks). */
function server(clock: FakeClock, offsetMs: number, rtts: number[] = [40], headers: (i: number) => Record<string, string> = () => ({})) {
  let i = 0;
  return () => {
    const n = i++;
    const rtt = rtts[n % rtts.length]!;
    clock.advance(rtt / 2);
    const date = new Date(Math.floor((clock.wall + offsetMs) / 1000) * 1000).toUTCString();
    clock.advance(rtt / 2);
    return new Response(null, { status: 200, headers: { Date: date, ...headers(n) } });
  };
}

/** The check's result for a device clock `aheadS` seconds ahead of the server (negative: behind). */
async function measure(aheadS: number, thresholds?: Partial<typeof site.thresholds>) {
  const clock = new FakeClock();
  return clockCheck(fakeEnv({ clock, fetch: server(clock, -aheadS * 1000), ...(thresholds ? { thresholds } : {}) }), ctx());
}

const { clockWarningSeconds: WARN, clockProblemSeconds: PROBLEM } = site.thresholds;
/** Each edge, the band just inside it and the band past it. */
const EDGES: [edge: number, below: CheckStatus, above: CheckStatus][] = [
  [WARN, 'ok', 'warning'],
  [PROBLEM, 'warning', 'problem'],
];

describe('clock bands from the site config', () => {
  it('has a warning band that starts before the problem band, each with a reason and its sources', () => {
    expect(WARN).toBeGreaterThan(0);
    expect(PROBLEM).toBeGreaterThan(WARN);
    for (const name of ['clockWarningSeconds', 'clockProblemSeconds'] as const) {
      expect(THRESHOLDS[name].value).toBe(site.thresholds[name]);
      expect(THRESHOLDS[name].sources.length).toBeGreaterThan(0);
    }
  });

  for (const [edge, below, above] of EDGES) {
    for (const sign of [1, -1]) {
      const way = sign > 0 ? 'ahead of' : 'behind';
      it(`${edge} s ${way} the server: ${below} up to the edge, ${above} just past it`, async () => {
        // The Date header has 1 s resolution: a skew counts only once it is clearly past the edge.
        expect((await measure(sign * (edge - 2))).status).toBe(below);
        expect((await measure(sign * edge)).status).toBe(below);
        const past = await measure(sign * (edge + 2));
        expect(past.status).toBe(above);
        expect(past.summary).toBe(`Your device clock is about ${humanDuration((edge + 2) * 1000)} ${way} the server’s.`);
        expect(past.data?.skewSeconds).toBeGreaterThanOrEqual(sign * (edge + 2) - 1);
        expect(past.data?.skewSeconds).toBeLessThanOrEqual(sign * (edge + 2) + 1);
      });
    }
  }

  it('says in words what each band means for the visitor', async () => {
    const ok = await measure(WARN / 2);
    expect(ok).toMatchObject({ status: 'ok', summary: 'Your device clock agrees with the server’s.', causes: [] });
    expect(ok.detail).toMatch(/normal drift, too small to affect signing in/);

    const warning = await measure((WARN + PROBLEM) / 2);
    expect(warning).toMatchObject({ status: 'warning', causes: ['clock-skew'] });
    expect(warning.detail).toMatch(/unlikely to sign you out/);
    expect(warning.detail).toMatch(/automatic date and time/);

    const problem = await measure(-PROBLEM * 3);
    expect(problem).toMatchObject({ status: 'problem', causes: ['clock-skew'] });
    expect(problem.summary).toMatch(/behind the server’s/);
    expect(problem.detail).toMatch(/Enough to break signing in/);
    expect(problem.detail).toMatch(/automatic date and time/);
  });

  it('follows the configured edges, not fixed numbers', async () => {
    const custom = { clockWarningSeconds: WARN * 2, clockProblemSeconds: PROBLEM * 2 };
    expect((await measure(WARN + 5, custom)).status).toBe('ok');
    expect((await measure(PROBLEM + 5, custom)).status).toBe('warning');
    expect((await measure(PROBLEM * 2 + 5, custom)).status).toBe('problem');
  });

  it('counts a clock warning for less than a clock problem in the wizard', () => {
    const weight = (status: CheckStatus) => FINDINGS.clock[status]?.['clock-skew'] ?? 0;
    expect(weight('warning')).toBeGreaterThan(0);
    expect(weight('warning')).toBeLessThan(weight('problem'));
  });
});

describe('clock: why it could not tell', () => {
  it('offline: every request failed while the browser says it is offline', async () => {
    const r = await clockCheck(fakeEnv({ onLine: false, fetch: () => Promise.reject(new TypeError('Failed to fetch')) }), ctx());
    expect(r).toMatchObject({ status: 'unknown', data: { reason: 'offline' } });
  });

  it('no-answer: online, but every request failed', async () => {
    const r = await clockCheck(fakeEnv({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) }), ctx());
    expect(r).toMatchObject({ status: 'unknown', data: { reason: 'no-answer' } });
  });

  it('bad-answer: answers without a usable Date header', async () => {
    const r = await clockCheck(fakeEnv({ fetch: () => new Response(null) }), ctx());
    expect(r).toMatchObject({ status: 'unknown', data: { reason: 'bad-answer' } });
  });

  it('timeout: the server never answers within the per-request limit', async () => {
    const r = await clockCheck(
      fakeEnv({
        fetch: (_url, init) =>
          new Promise<Response>((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
          ),
      }),
      ctx(),
    );
    expect(r).toMatchObject({ status: 'unknown', data: { reason: 'timeout' } });
  }, 10_000);
});

describe('clock', () => {
  it('reports a device 15 minutes ahead as a problem, with the skew in seconds', async () => {
    const clock = new FakeClock();
    const env = fakeEnv({ clock, fetch: server(clock, -15 * 60_000) });
    const r = await clockCheck(env, ctx());
    expect(r.status).toBe('problem');
    expect(r.summary).toMatch(/15 minutes ahead/);
    expect(r.causes).toEqual(['clock-skew']);
    expect(r.data?.skewSeconds).toBeGreaterThanOrEqual(899);
    expect(r.data?.skewSeconds).toBeLessThanOrEqual(901);
  });

  it('reports a device behind the server too', async () => {
    const clock = new FakeClock();
    const r = await clockCheck(fakeEnv({ clock, fetch: server(clock, 10 * 60_000) }), ctx());
    expect(r.summary).toMatch(/10 minutes behind/);
  });

  it('is ok when the clocks agree, and for ordinary drift (the bands are tested in clock.test.ts)', async () => {
    const clock = new FakeClock(Date.UTC(2026, 10, 27, 12, 0, 0, 999));
    expect((await clockCheck(fakeEnv({ clock, fetch: server(clock, 0) }), ctx())).status).toBe('ok');
    const c2 = new FakeClock();
    expect((await clockCheck(fakeEnv({ clock: c2, fetch: server(c2, -80_000) }), ctx())).status).toBe('ok');
  });

  it('sends same-origin HEAD requests with no-store and a fresh cache-busting query each time', async () => {
    const clock = new FakeClock();
    const env = fakeEnv({ clock, fetch: server(clock, 0) });
    await clockCheck(env, ctx());
    const reqs = env.fakes.requests;
    expect(reqs.length).toBeGreaterThanOrEqual(3);
    for (const { url, init } of reqs) {
      expect(url.origin).toBe(env.origin);
      expect(init?.method).toBe('HEAD');
      expect(init?.cache).toBe('no-store');
    }
    expect(new Set(reqs.map((r) => r.url.search)).size).toBe(reqs.length);
  });

  it('ignores answers from a cache (Age > 0)', async () => {
    const clock = new FakeClock();
    // Every answer but the last is a cached copy whose Date is 20 minutes old.
    let n = 0;
    const env = fakeEnv({
      clock,
      fetch: () => {
        n++;
        clock.advance(20);
        const cached = n < 4;
        const date = new Date(clock.wall - (cached ? 20 * 60_000 : 0)).toUTCString();
        return new Response(null, { headers: { Date: date, ...(cached ? { Age: '1200' } : {}) } });
      },
    });
    expect((await clockCheck(env, ctx())).status).toBe('ok');
    const allCached = new FakeClock();
    const r = await clockCheck(fakeEnv({ clock: allCached, fetch: server(allCached, -20 * 60_000, [20], () => ({ Age: '5' })) }), ctx());
    expect(r.status).toBe('unknown');
  });

  it('trusts the fastest round trip', () => {
    const est = estimateSkew([
      { rtt: 900, localMid: 10_000, serverDate: 0 },
      { rtt: 30, localMid: 20_000, serverDate: 19_000 },
    ]);
    expect(est).toEqual({ skewMs: 500, uncertaintyMs: 515 });
    expect(estimateSkew([])).toBeUndefined();
  });

  it('is unknown (not a throw) offline or without a Date header', async () => {
    expect((await clockCheck(fakeEnv({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) }), ctx())).status).toBe('unknown');
    expect((await clockCheck(fakeEnv({ fetch: () => new Response(null) }), ctx())).status).toBe('unknown');
  });

  it('stops sending when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const env = fakeEnv();
    expect((await clockCheck(env, ctx(controller.signal))).status).toBe('unknown');
    expect(env.fakes.requests).toHaveLength(0);
  });
});
