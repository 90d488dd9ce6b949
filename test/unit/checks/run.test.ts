import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/run';
import type { Check } from '../../../src/checks/env';
import type { CheckResult } from '../../../src/checks/types';
import { CHECK_IDS, CHECK_INFO } from '../../../src/config/checks';
import { site } from '../../../src/config/site';
import { fakeEnv } from '../../helpers/fake-check-env';
import { STATUS_FEEDS } from '../../fixtures/status/feeds';

const fine =
  (id: CheckResult['id']): Check =>
  async () => ({ id, status: 'ok', summary: 's', detail: 'd', causes: [] });

describe('runChecks', () => {
  it('runs every real check against a fake browser, in display order, with well-formed results', async () => {
    const env = fakeEnv({
      fetch: (url) =>
        url.host === new URL(site.statusApi.url).host
          ? new Response(JSON.stringify(STATUS_FEEDS['widget-idle'].body))
          : new Response(null, { headers: { Date: new Date().toUTCString() } }),
    });
    const streamed: string[] = [];
    const results = await runChecks(env, { onResult: (r) => streamed.push(r.id) });
    expect(results.map((r) => r.id)).toEqual([...CHECK_IDS]);
    expect([...streamed].sort()).toEqual([...CHECK_IDS].sort());
    for (const r of results) {
      expect(['ok', 'warning', 'problem', 'unknown']).toContain(r.status);
      expect(r.summary.length).toBeGreaterThan(10);
      for (const c of r.causes) expect(CHECK_INFO[r.id].causes).toContain(c);
    }
  });

  it('turns a hanging check into "unknown" at the time limit without holding up the others', async () => {
    const env = fakeEnv({ thresholds: { checkTimeoutMs: 300 } });
    const order: string[] = [];
    const started = Date.now();
    const results = await runChecks(env, {
      only: ['cookies', 'clock'],
      checks: { cookies: () => new Promise(() => {}), clock: fine('clock') },
      onResult: (r) => order.push(r.id),
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(order).toEqual(['clock', 'cookies']);
    expect(results[0]).toMatchObject({ id: 'cookies', status: 'unknown' });
    expect(results[0]!.summary).toMatch(/took too long/);
    expect(results[0]!.data?.reason).toBe('timeout');
    expect(results[1]!.data?.reason).toBeUndefined();
  });

  it('aborts the signal of a check that timed out, so it can stop its work', async () => {
    let aborted = false;
    await runChecks(fakeEnv({ thresholds: { checkTimeoutMs: 50 } }), {
      only: ['network'],
      checks: { network: (_env, { signal }) => new Promise(() => signal.addEventListener('abort', () => (aborted = true))) },
    });
    expect(aborted).toBe(true);
  });

  it('turns thrown exceptions (sync and async) and malformed results into "unknown"', async () => {
    const results = await runChecks(fakeEnv(), {
      only: ['cookies', 'storage', 'clock', 'network', 'blockers'],
      checks: {
        cookies: () => {
          throw new Error('boom');
        },
        storage: async () => {
          throw new DOMException('denied', 'SecurityError');
        },
        clock: async () => ({ id: 'network', status: 'ok', summary: '', detail: '', causes: [] }),
        network: async () => ({ id: 'network', status: 'great', summary: '', detail: '', causes: [] }) as unknown as CheckResult,
        blockers: async () => ({ id: 'blockers', status: 'warning', summary: 's', detail: 'd', causes: ['clock-skew'] }),
      },
    });
    expect(results.map((r) => r.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(results[0]!.detail).toMatch(/Error: boom/);
    expect(results[1]!.detail).toMatch(/SecurityError: denied/);
    expect(results[2]!.detail).toMatch(/wrong shape/);
    expect(results.map((r) => r.data?.reason)).toEqual(['crashed', 'crashed', 'crashed', 'crashed', 'crashed']);
  });

  it('keeps going when the display callback throws', async () => {
    const results = await runChecks(fakeEnv(), {
      only: ['cookies', 'clock'],
      checks: { cookies: fine('cookies'), clock: fine('clock') },
      onResult: () => {
        throw new Error('render failed');
      },
    });
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
  });
});
