import { describe, expect, it, vi } from 'vitest';
import { clockCheck, estimateSkew } from '../../../src/checks/clock';
import { networkCheck } from '../../../src/checks/network';
import { startNetworkLog } from '../../../src/checks/network-log';
import { blockersCheck } from '../../../src/checks/blockers';
import { BLOCKER_BAIT } from '../../../src/config/checks';
import { ctx, emptyLog, FakeClock, fakeEnv } from '../../helpers/fake-check-env';

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

describe('network', () => {
  it('is a problem when offline now', async () => {
    const r = await networkCheck(fakeEnv({ onLine: false }), ctx());
    expect(r).toMatchObject({ status: 'problem', causes: ['network-changes'] });
    expect(r.summary).toMatch(/offline/);
  });

  it('is a problem when "online" but this site cannot be reached', async () => {
    const r = await networkCheck(fakeEnv({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) }), ctx());
    expect(r.status).toBe('problem');
  });

  it('warns about drops, connection switches and sleep seen while the page was open', async () => {
    const clock = new FakeClock();
    const log = emptyLog(
      [
        { kind: 'offline', at: clock.wall - 50_000 },
        { kind: 'online', at: clock.wall - 40_000 },
        { kind: 'connection', at: clock.wall - 30_000, detail: 'wifi → cellular' },
        { kind: 'sleep', at: clock.wall - 20_000, gapMs: 45 * 60_000 },
      ],
      clock.wall - 5 * 60_000,
    );
    const r = await networkCheck(fakeEnv({ clock, networkLog: log }), ctx());
    expect(r.status).toBe('warning');
    expect(r.detail).toMatch(/5 minutes/);
    expect(r.detail).toMatch(/dropped once/);
    expect(r.detail).toMatch(/wifi → cellular/);
    expect(r.detail).toMatch(/slept or paused for about 45 minutes/);
  });

  it('is ok online with a quiet log', async () => {
    expect((await networkCheck(fakeEnv(), ctx())).status).toBe('ok');
  });
});

describe('network log', () => {
  function setup(visibility: DocumentVisibilityState = 'visible', connectionType?: string) {
    const clock = new FakeClock();
    const target = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: visibility });
    const connection = connectionType ? Object.assign(new EventTarget(), { type: connectionType, effectiveType: '4g' }) : undefined;
    let tick: () => void = () => {};
    const log = startNetworkLog({
      target,
      document: doc,
      connection,
      now: () => clock.wall,
      monotonic: () => clock.mono,
      setInterval: (fn) => {
        tick = fn;
        return 1;
      },
      clearInterval: () => {},
      sleepGapMs: 60_000,
    });
    return { clock, target, doc, connection, log, tick: () => tick() };
  }

  it('records offline and online events', () => {
    const { target, log } = setup();
    target.dispatchEvent(new Event('offline'));
    target.dispatchEvent(new Event('online'));
    expect(log.events().map((e) => e.kind)).toEqual(['offline', 'online']);
  });

  it('records a change of connection type, not mere speed estimates', () => {
    const { connection, log } = setup('visible', 'wifi');
    connection!.effectiveType = '3g';
    connection!.dispatchEvent(new Event('change'));
    expect(log.events()).toHaveLength(0);
    connection!.type = 'cellular';
    connection!.dispatchEvent(new Event('change'));
    expect(log.events()).toEqual([expect.objectContaining({ kind: 'connection', detail: 'wifi → cellular' })]);
  });

  it('sees sleep when the monotonic clock paused while the wall clock ran on', () => {
    const { clock, log, tick } = setup('hidden');
    clock.wall += 30 * 60_000; // suspended: wall time moves, monotonic does not
    tick();
    expect(log.events()).toEqual([expect.objectContaining({ kind: 'sleep', gapMs: 30 * 60_000 })]);
  });

  it('does not mistake hidden-tab timer throttling for sleep', () => {
    const { clock, log, tick } = setup('hidden');
    clock.advance(65_000); // both clocks ran: a throttled timer, not a sleep
    tick();
    expect(log.events()).toHaveLength(0);
  });

  it('counts a long gap on a visible page as sleep', () => {
    const { clock, log, tick } = setup('visible');
    clock.advance(5 * 60_000);
    tick();
    expect(log.events().map((e) => e.kind)).toEqual(['sleep']);
  });

  it('keeps at most 50 events and stops listening when stopped', () => {
    const { target, log } = setup();
    for (let i = 0; i < 60; i++) target.dispatchEvent(new Event('offline'));
    expect(log.events()).toHaveLength(50);
    log.stop();
    target.dispatchEvent(new Event('online'));
    expect(log.events().at(-1)?.kind).toBe('offline');
  });
});

describe('blockers', () => {
  it('is ok when the bait element stays visible and the bait script runs', async () => {
    const env = fakeEnv();
    const r = await blockersCheck(env, ctx());
    expect(r.status).toBe('ok');
    const [bait, script] = env.fakes.elements;
    expect(bait!.className).toBe(BLOCKER_BAIT.classNames);
    expect(script!.src).toBe(`${env.origin}${BLOCKER_BAIT.scriptPath}`); // same origin
    expect(bait!.isConnected).toBe(false); // cleaned up
  });

  it.each([
    ['the bait script is blocked', { element: 'visible', script: 'blocked' }, /was blocked/],
    ['the bait script is replaced by a stand-in', { element: 'visible', script: 'replaced' }, /replaced/],
    ['the bait element is hidden', { element: 'hidden', script: 'ran' }, /was hidden/],
    ['the bait element is removed', { element: 'removed', script: 'ran' }, /was hidden/],
  ] as const)('says "possible" blocker when %s', async (_, blockers, detail) => {
    const r = await blockersCheck(fakeEnv({ blockers }), ctx());
    expect(r.status).toBe('warning');
    expect(r.summary).toMatch(/possibly/);
    expect(r.detail).toMatch(detail);
    expect(r.causes).toEqual(['browser-extensions']);
  });

  it('does not blame a blocker when the script failed because the site is unreachable (offline)', async () => {
    const offline = await blockersCheck(fakeEnv({ onLine: false, blockers: { element: 'visible', script: 'blocked' } }), ctx());
    expect(offline.status).toBe('unknown');
    expect(offline.summary).toMatch(/cannot be reached/);
    expect(offline.data?.reason).toBe('offline');
    const unreachable = fakeEnv({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      blockers: { element: 'visible', script: 'blocked' },
    });
    expect((await blockersCheck(unreachable, ctx())).status).toBe('unknown');
  });

  it('is unknown when the bait script neither loads nor fails', async () => {
    vi.useFakeTimers();
    try {
      const pending = blockersCheck(fakeEnv({ blockers: { element: 'visible', script: 'silent' } }), ctx());
      await vi.advanceTimersByTimeAsync(2500);
      expect((await pending).status).toBe('unknown');
      expect((await pending).data?.reason).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });
});
