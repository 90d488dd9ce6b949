import { describe, expect, it, vi } from 'vitest';
import { blockersCheck } from '../../../src/checks/blockers';
import { BLOCKER_BAIT } from '../../../src/config/checks';
import { ctx, fakeEnv } from '../../helpers/fake-check-env';

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
