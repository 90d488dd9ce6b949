/** probeSite: the one same-origin request the clock, network and blockers checks make. */
import { describe, expect, it } from 'vitest';
import { probeSite } from '../../../src/checks/util';
import { fakeEnv } from '../../helpers/fake-check-env';

describe('probeSite', () => {
  it('asks this site’s front page with HEAD, no cache, same-origin credentials and a fresh query under the given key', async () => {
    const env = fakeEnv();
    const res = await probeSite(env, 'net', 1000);
    expect(typeof res === 'string' ? res : res.status).toBe(200);
    const [{ url, init }] = env.fakes.requests as [(typeof env.fakes.requests)[number]];
    expect(url.origin).toBe(env.origin);
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('net')).toMatch(/^tok/);
    expect(init).toMatchObject({ method: 'HEAD', cache: 'no-store', credentials: 'same-origin' });
    // Fresh each time: no cache may answer for the server.
    await probeSite(env, 'net', 1000);
    expect(env.fakes.requests[1]!.url.href).not.toBe(url.href);
  });

  it('says "failed" when no answer comes, and "timeout" when it gives up or its caller does', async () => {
    expect(await probeSite(fakeEnv({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) }), 'k', 1000)).toBe('failed');
    const never = fakeEnv({ fetch: () => new Promise<Response>(() => {}) });
    expect(await probeSite(never, 'k', 20)).toBe('timeout');
    const caller = new AbortController();
    const pending = probeSite(never, 'k', 60_000, caller.signal);
    caller.abort();
    expect(await pending).toBe('timeout');
  });
});
