import { describe, expect, it } from 'vitest';
import { cookiesCheck } from '../../../src/checks/cookies';
import { storageCheck } from '../../../src/checks/storage';
import { privateModeCheck } from '../../../src/checks/private-mode';
import { ctx, FakeCookies, fakeEnv, FakeStorage } from '../../helpers/fake-check-env';

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

describe('storage', () => {
  it('is ok when local, session storage and IndexedDB all round-trip, and cleans up', async () => {
    const env = fakeEnv({ persisted: true });
    const r = await storageCheck(env, ctx());
    expect(r.status).toBe('ok');
    expect(r.detail).toMatch(/marked persistent/);
    expect((env.fakes.local as FakeStorage).map.size).toBe(0);
  });

  it('is a problem when reading localStorage throws (site data blocked by the profile)', async () => {
    const r = await storageCheck(fakeEnv({ local: 'throws', session: 'throws', idb: 'open-error' }), ctx());
    expect(r.status).toBe('problem');
    expect(r.causes).toEqual(['cleared-cookies', 'private-browsing']);
    expect(r.detail).toMatch(/Local storage: does not work, it refused \(SecurityError/);
    expect(r.detail).toMatch(/IndexedDB: does not work/);
  });

  it('is a problem when writes are refused (quota 0) or silently lost', async () => {
    expect((await storageCheck(fakeEnv({ local: new FakeStorage('throws-on-set') }), ctx())).status).toBe('problem');
    const lost = await storageCheck(fakeEnv({ local: new FakeStorage('forgets') }), ctx());
    expect(lost.status).toBe('problem');
    expect(lost.detail).toMatch(/did not give back/);
  });

  it('is a problem when IndexedDB fails, is missing, or never answers (bounded at 1.5 s)', async () => {
    expect((await storageCheck(fakeEnv({ idb: 'open-error' }), ctx())).status).toBe('problem');
    expect((await storageCheck(fakeEnv({ idb: 'missing' }), ctx())).detail).toMatch(/does not offer it/);
    const started = Date.now();
    const hung = await storageCheck(fakeEnv({ idb: 'never-answers' }), ctx());
    expect(hung.detail).toMatch(/did not answer within 1.5 seconds/);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('is only a warning when just session storage fails', async () => {
    const r = await storageCheck(fakeEnv({ session: 'throws' }), ctx());
    expect(r.status).toBe('warning');
  });

  it('works without navigator.storage (insecure contexts)', async () => {
    const r = await storageCheck(fakeEnv({ persisted: 'missing' }), ctx());
    expect(r.status).toBe('ok');
    expect(r.detail).not.toMatch(/persistent|best effort/);
  });
});

describe('private-mode', () => {
  it('says "likely", never certain, for a private window', async () => {
    const r = await privateModeCheck(fakeEnv({ privateMode: { isPrivate: true, browserName: 'Chrome' } }), ctx());
    expect(r.status).toBe('warning');
    expect(r.summary).toMatch(/likely/);
    expect(r.causes).toEqual(['private-browsing']);
    expect(`${r.summary} ${r.detail}`).not.toMatch(/\bcertainly\b|\bdefinitely\b/);
  });

  it('says "probably not" for a normal window', async () => {
    const r = await privateModeCheck(fakeEnv({ privateMode: { isPrivate: false, browserName: 'Firefox' } }), ctx());
    expect(r).toMatchObject({ status: 'ok', causes: [] });
    expect(r.summary).toMatch(/probably not/);
  });

  it('reports "private" only when a second measurement agrees (timing noise must not accuse a normal window)', async () => {
    const answers = [true, false];
    const env = { ...fakeEnv(), detectPrivateMode: async () => ({ isPrivate: answers.shift() ?? false, browserName: 'Chrome' }) };
    expect((await privateModeCheck(env, ctx())).status).toBe('ok');
    let calls = 0;
    const steady = { ...fakeEnv(), detectPrivateMode: async () => ({ isPrivate: (calls++, true), browserName: 'Chrome' }) };
    expect((await privateModeCheck(steady, ctx())).status).toBe('warning');
    expect(calls).toBe(2);
  });

  it('is unknown when the detector cannot tell (it rejects for unknown browsers)', async () => {
    const r = await privateModeCheck(fakeEnv({ privateMode: 'rejects' }), ctx());
    expect(r.status).toBe('unknown');
    expect(r.data?.reason).toBe('unsupported');
  });
});
