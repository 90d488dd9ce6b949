import { describe, expect, it } from 'vitest';
import { privateModeCheck } from '../../../src/checks/private-mode';
import { ctx, fakeEnv } from '../../helpers/fake-check-env';

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
