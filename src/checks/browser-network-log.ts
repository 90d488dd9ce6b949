/** The real browser's network log for the `network` check: started once per window, when /check/ opens. */
import { site } from '../config/site';
import type { BrowserWindow } from './browser-env';
import { startNetworkLog, type NetworkLog } from './network-log';

const logs = new WeakMap<Window, NetworkLog>();

/** One network log per window, started the first time anything asks (page load or wizard open). */
export function networkLogFor(win: BrowserWindow): NetworkLog {
  let log = logs.get(win);
  if (!log) {
    const connection = (win.navigator as Navigator & { connection?: EventTarget & { type?: string } }).connection;
    log = startNetworkLog({
      target: win,
      document: win.document,
      connection,
      now: () => win.Date.now(),
      monotonic: () => win.performance.now(),
      setInterval: (fn, ms) => win.setInterval(fn, ms),
      clearInterval: (h) => win.clearInterval(h as number),
      sleepGapMs: site.thresholds.sleepGapMs,
    });
    logs.set(win, log);
  }
  return log;
}
