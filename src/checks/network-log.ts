/**
 * Records, while a page is open, what the `network` check reports later: going offline and back,
 * the connection type changing, and the device sleeping (a long gap between timer ticks).
 *
 * Sleep versus throttling: browsers slow timers in hidden tabs (up to once a minute), which also
 * makes long gaps. A gap counts as sleep only if the monotonic clock fell behind the wall clock
 * (it pauses while the machine is suspended) or the page stayed visible, where no throttling
 * that strong applies.
 */
type NetworkEventKind = 'offline' | 'online' | 'connection' | 'sleep';

export interface NetworkEvent {
  readonly kind: NetworkEventKind;
  /** Wall-clock time (ms) it was noticed. */
  readonly at: number;
  /** connection: "wifi → cellular"; sleep: the gap in ms. */
  readonly detail?: string;
  readonly gapMs?: number;
}

export interface NetworkLog {
  readonly startedAt: number;
  events(): readonly NetworkEvent[];
  stop(): void;
}

type Listener = (event: Event) => void;
interface Target {
  addEventListener(type: string, listener: Listener): void;
  removeEventListener(type: string, listener: Listener): void;
}

export interface NetworkLogDeps {
  /** Where `online`/`offline` fire (window). */
  readonly target: Target;
  /** Where `visibilitychange` fires, and whether the page is visible now. */
  readonly document: Target & { readonly visibilityState: DocumentVisibilityState };
  /** navigator.connection (Network Information API), where the browser has one. */
  readonly connection?: (Target & { readonly type?: string | undefined }) | undefined;
  readonly now: () => number;
  readonly monotonic: () => number;
  readonly setInterval: (fn: () => void, ms: number) => unknown;
  readonly clearInterval: (handle: unknown) => void;
  readonly sleepGapMs: number;
  readonly tickMs?: number;
}

/** Keep the log small: a page left open for days must not grow without bound. */
const MAX_EVENTS = 50;

export function startNetworkLog(deps: NetworkLogDeps): NetworkLog {
  const events: NetworkEvent[] = [];
  const add = (e: NetworkEvent) => {
    events.push(e);
    if (events.length > MAX_EVENTS) events.shift();
  };
  const onOffline = () => add({ kind: 'offline', at: deps.now() });
  const onOnline = () => add({ kind: 'online', at: deps.now() });
  let lastType = deps.connection?.type;
  const onConnection = () => {
    const type = deps.connection?.type;
    // Only a change of connection type counts: effectiveType/downlink move with every estimate.
    if (type && lastType && type !== lastType) add({ kind: 'connection', at: deps.now(), detail: `${lastType} → ${type}` });
    lastType = type ?? lastType;
  };
  let hiddenSinceTick = deps.document.visibilityState !== 'visible';
  const onVisibility = () => {
    if (deps.document.visibilityState !== 'visible') hiddenSinceTick = true;
  };
  let lastWall = deps.now();
  let lastMono = deps.monotonic();
  const tick = () => {
    const wall = deps.now();
    const mono = deps.monotonic();
    const wallGap = wall - lastWall;
    const paused = wallGap - (mono - lastMono) > deps.sleepGapMs / 2;
    if (wallGap > deps.sleepGapMs && (paused || !hiddenSinceTick)) {
      add({ kind: 'sleep', at: wall, gapMs: wallGap });
    }
    lastWall = wall;
    lastMono = mono;
    hiddenSinceTick = deps.document.visibilityState !== 'visible';
  };
  deps.target.addEventListener('offline', onOffline);
  deps.target.addEventListener('online', onOnline);
  deps.connection?.addEventListener('change', onConnection);
  deps.document.addEventListener('visibilitychange', onVisibility);
  const interval = deps.setInterval(tick, deps.tickMs ?? 5000);
  return {
    startedAt: deps.now(),
    events: () => [...events],
    stop() {
      deps.clearInterval(interval);
      deps.target.removeEventListener('offline', onOffline);
      deps.target.removeEventListener('online', onOnline);
      deps.connection?.removeEventListener('change', onConnection);
      deps.document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
