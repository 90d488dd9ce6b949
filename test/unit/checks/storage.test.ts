import { describe, expect, it } from 'vitest';
import { storageCheck } from '../../../src/checks/storage';
import { ctx, fakeEnv, FakeStorage } from '../../helpers/fake-check-env';

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
