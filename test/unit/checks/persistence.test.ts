import { describe, expect, it } from 'vitest';
import { persistenceCheck, returnUrl } from '../../../src/checks/persistence';
import { ctx, FakeCookies, fakeEnv, FakeStorage } from '../../helpers/fake-check-env';

/** A browser profile that outlives "restarts": cookies and localStorage, and what survives a restart. */
function profile() {
  return { cookies: new FakeCookies(), local: new FakeStorage(), session: new FakeStorage() };
}

/** Quit and reopen: session storage is always gone; `clears` wipes cookies and local storage too. */
function restart(p: ReturnType<typeof profile>, clears: { cookies?: boolean; local?: boolean } = {}) {
  return {
    cookies: clears.cookies ? new FakeCookies() : p.cookies,
    local: clears.local ? new FakeStorage() : p.local,
    session: new FakeStorage(),
  };
}

async function firstVisit(p: ReturnType<typeof profile>) {
  const r = await persistenceCheck(fakeEnv({ ...p }), ctx());
  const url = r.data?.returnUrl;
  if (!url) throw new Error('no return link');
  return { r, url };
}

describe('persistence (two visits)', () => {
  it('first visit: stores a marker and gives a return link carrying its token', async () => {
    const p = profile();
    const { r, url } = await firstVisit(p);
    expect(r.status).toBe('unknown');
    expect(r.summary).toMatch(/Step 1 of 2/);
    expect(r.data?.reason).toBe('needs-visit');
    const token = new URL(url).searchParams.get('persistence');
    expect(token).toMatch(/^[a-z0-9]{6,40}$/);
    expect(new URL(url).pathname).toBe('/check/');
    expect(new URL(url).hash).toBe('#check-persistence');
    expect(p.cookies.jar.get('shc_persist')).toBe(token);
    expect(JSON.parse(p.local.getItem('shc.persist')!).token).toBe(token);
    expect(p.cookies.lastWrite).toMatch(/Max-Age=\d{6,}/); // a persistent cookie, not a session one
  });

  it('a second first visit keeps the same token (the link stays valid)', async () => {
    const p = profile();
    const a = await firstVisit(p);
    const b = await firstVisit(p);
    expect(b.url).toBe(a.url);
  });

  it('return after a restart with data kept: ok', async () => {
    const p = profile();
    const { url } = await firstVisit(p);
    const r = await persistenceCheck(fakeEnv({ ...restart(p), href: url }), ctx());
    expect(r.status).toBe('ok');
  });

  it('return after a restart that wiped site data: problem', async () => {
    const p = profile();
    const { url } = await firstVisit(p);
    const after = restart(p, { cookies: true, local: true });
    const r = await persistenceCheck(fakeEnv({ ...after, href: url }), ctx());
    expect(r).toMatchObject({ status: 'problem', causes: ['cleared-cookies'] });
    expect(r.summary).toMatch(/cleared/);
    // Reading the verdict does not plant a new marker: a reload gives the same answer.
    expect(after.cookies.jar.size).toBe(0);
    expect((await persistenceCheck(fakeEnv({ ...after, href: url }), ctx())).status).toBe('problem');
  });

  it('says which half was lost when only cookies (or only local storage) went', async () => {
    const p = profile();
    const { url } = await firstVisit(p);
    const r = await persistenceCheck(fakeEnv({ ...restart(p, { cookies: true }), href: url }), ctx());
    expect(r.status).toBe('problem');
    expect(r.summary).toMatch(/kept the local storage entry but cleared the cookie/);
  });

  it('notices when the browser was not restarted (session storage still there)', async () => {
    const p = profile();
    const { url } = await firstVisit(p);
    const r = await persistenceCheck(fakeEnv({ ...p, href: url }), ctx());
    expect(r.status).toBe('unknown');
    expect(r.summary).toMatch(/not been restarted/);
    expect(r.data?.reason).toBe('needs-visit');
  });

  it('is unknown for a return link from an earlier test', async () => {
    const p = profile();
    await firstVisit(p);
    const stale = returnUrl('https://help.example.org', 'oldtoken1');
    const r = await persistenceCheck(fakeEnv({ ...restart(p), href: stale }), ctx());
    expect(r.status).toBe('unknown');
    expect(r.summary).toMatch(/earlier test/);
    expect(r.data?.reason).toBe('needs-visit');
  });

  it('is a problem when no marker can be stored at all', async () => {
    const r = await persistenceCheck(fakeEnv({ cookies: new FakeCookies('ignores'), local: 'throws', session: 'throws' }), ctx());
    expect(r.status).toBe('problem');
  });

  it('ignores a garbage token in the URL and starts a fresh test', async () => {
    const r = await persistenceCheck(fakeEnv({ href: 'https://help.example.org/check/?persistence=%3Cscript%3E' }), ctx());
    expect(r.summary).toMatch(/Step 1 of 2/);
  });
});
