import { describe, expect, it } from 'vitest';
import { networkCheck } from '../../../src/checks/network';
import { ctx, emptyLog, FakeClock, fakeEnv } from '../../helpers/fake-check-env';

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
