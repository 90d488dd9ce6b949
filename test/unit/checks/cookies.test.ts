import { describe, expect, it } from 'vitest';
import { cookiesCheck } from '../../../src/checks/cookies';
import { ctx, FakeCookies, fakeEnv } from '../../helpers/fake-check-env';

describe('cookies', () => {
  it('is ok when a cookie is kept, read back and deleted', async () => {
    const env = fakeEnv();
    const r = await cookiesCheck(env, ctx());
    expect(r).toMatchObject({ id: 'cookies', status: 'ok', causes: [] });
    expect(env.fakes.cookies.jar.size).toBe(0); // deleted again
  });

  it('does not trust navigator.cookieEnabled: true with cookies refused is a problem', async () => {
    const r = await cookiesCheck(fakeEnv({ cookies: new FakeCookies('ignores'), cookieEnabled: true }), ctx());
    expect(r.status).toBe('problem');
    expect(r.causes).toEqual(['cleared-cookies']);
    expect(r.detail).toMatch(/says cookies are on, but it refused/);
  });

  it('says so when the browser reports cookies off', async () => {
    const r = await cookiesCheck(fakeEnv({ cookies: new FakeCookies('ignores'), cookieEnabled: false }), ctx());
    expect(r.status).toBe('problem');
    expect(r.detail).toMatch(/turned off/);
  });

  it('treats a throwing document.cookie (SecurityError) as cookies unavailable', async () => {
    const r = await cookiesCheck(fakeEnv({ cookies: new FakeCookies('throws') }), ctx());
    expect(r.status).toBe('problem');
  });

  it('marks the test cookie Secure on https and not on http', async () => {
    const secure = fakeEnv({ origin: 'https://a.example' });
    await cookiesCheck(secure, ctx());
    expect(secure.fakes.cookies.lastWrite).toMatch(/Secure/);
    const plain = fakeEnv({ origin: 'http://127.0.0.1:8080' });
    await cookiesCheck(plain, ctx());
    expect(plain.fakes.cookies.lastWrite).not.toMatch(/Secure/);
  });
});
