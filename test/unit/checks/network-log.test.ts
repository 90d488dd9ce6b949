import { describe, expect, it } from 'vitest';
import { startNetworkLog } from '../../../src/checks/network-log';
import { FakeClock } from '../../helpers/fake-check-env';

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
