/**
 * A fake browser for the live checks' unit tests: cookie jar, Web Storage, a small IndexedDB,
 * fetch, clocks and timers, each with switches for the failure modes the checks must survive.
 * Only what the checks touch is implemented; casts below say so where the DOM types are wider.
 */
import type { BrowserInfo, CheckEnv, PrivateModeVerdict, ReleaseData } from '../../src/checks/env';
import type { NetworkEvent, NetworkLog } from '../../src/checks/network-log';
import { site } from '../../src/config/site';

export class FakeCookies {
  jar = new Map<string, string>();
  constructor(public mode: 'works' | 'ignores' | 'throws' = 'works') {}
  get cookie(): string {
    if (this.mode === 'throws') throw new DOMException('The operation is insecure.', 'SecurityError');
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  set cookie(line: string) {
    if (this.mode === 'throws') throw new DOMException('The operation is insecure.', 'SecurityError');
    if (this.mode === 'ignores') return;
    this.lastWrite = line;
    const [pair = '', ...attrs] = line.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    if (attrs.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a))) this.jar.delete(name);
    else this.jar.set(name, value);
  }
  lastWrite = '';
}

/** A storage getter as a browser with storage blocked behaves: any access throws SecurityError. */
export const blockedStorage = (): never => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

export class FakeStorage implements Storage {
  map = new Map<string, string>();
  constructor(public mode: 'works' | 'throws-on-set' | 'forgets' = 'works') {}
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.mode === 'throws-on-set') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (this.mode === 'forgets') return;
    this.map.set(key, String(value));
  }
}

type IdbMode = 'works' | 'open-error' | 'never-answers';

/** Just enough IndexedDB for open → createObjectStore → put/get → close → deleteDatabase. */
function fakeIndexedDb(mode: IdbMode = 'works'): IDBFactory {
  const dbs = new Map<string, Map<string, Map<IDBValidKey, unknown>>>();
  const req = <T>(run: () => T) => {
    const r: { result?: T; error: DOMException | null; onsuccess: (() => void) | null; onerror: (() => void) | null } = {
      error: null,
      onsuccess: null,
      onerror: null,
    };
    queueMicrotask(() => {
      r.result = run();
      r.onsuccess?.();
    });
    return r;
  };
  const factory = {
    deleted: [] as string[],
    open(name: string) {
      const r: Record<string, unknown> & { onupgradeneeded?: () => void; onsuccess?: () => void; onerror?: () => void } = { error: null };
      setTimeout(() => {
        if (mode === 'never-answers') return;
        if (mode === 'open-error') {
          r.error = new DOMException('The user denied permission to access the database.', 'UnknownError');
          r.onerror?.();
          return;
        }
        const stores = dbs.get(name) ?? new Map<string, Map<IDBValidKey, unknown>>();
        dbs.set(name, stores);
        r.result = {
          createObjectStore: (s: string) => stores.set(s, new Map()),
          transaction: (s: string) => ({
            objectStore: () => ({
              put: (v: unknown, k: IDBValidKey) => req(() => stores.get(s)!.set(k, v) && k),
              get: (k: IDBValidKey) => req(() => stores.get(s)!.get(k)),
            }),
          }),
          close: () => {},
        };
        r.onupgradeneeded?.();
        r.onsuccess?.();
      }, 1);
      return r;
    },
    deleteDatabase(name: string) {
      factory.deleted.push(name);
      dbs.delete(name);
      return {};
    },
  };
  return factory as unknown as IDBFactory; // Only the calls the storage check makes exist.
}

/** A wall clock and a monotonic clock that tests move by hand (fetch handlers advance them too). */
export class FakeClock {
  constructor(
    public wall = Date.UTC(2026, 10, 27, 12, 0, 0),
    public mono = 1000,
  ) {}
  advance(ms: number) {
    this.wall += ms;
    this.mono += ms;
  }
}

type FetchHandler = (url: URL, init: RequestInit | undefined) => Promise<Response> | Response;

interface FakeElement {
  className: string;
  textContent: string;
  style: Record<string, string>;
  dataset: Record<string, string>;
  isConnected: boolean;
  offsetHeight: number;
  src: string;
  onload: (() => void) | null;
  onerror: (() => void) | null;
  attributes: Record<string, string>;
  setAttribute(name: string, value: string): void;
  remove(): void;
}

interface BlockerBehaviour {
  /** What happens to the bait element: stays visible, hidden by CSS, or removed. */
  element: 'visible' | 'hidden' | 'removed';
  /** What happens to the bait script. */
  script: 'ran' | 'blocked' | 'replaced' | 'silent';
}

function fakeDocument(cookies: FakeCookies, blockers: BlockerBehaviour = { element: 'visible', script: 'ran' }) {
  const created: FakeElement[] = [];
  const make = (): FakeElement => {
    const el: FakeElement = {
      className: '',
      textContent: '',
      style: {},
      dataset: {},
      isConnected: false,
      offsetHeight: 0,
      src: '',
      onload: null,
      onerror: null,
      attributes: {},
      setAttribute(name, value) {
        el.attributes[name] = value;
      },
      remove() {
        el.isConnected = false;
      },
    };
    created.push(el);
    return el;
  };
  const doc = {
    get cookie() {
      return cookies.cookie;
    },
    set cookie(v: string) {
      cookies.cookie = v;
    },
    createElement: () => make(),
    body: {
      append(el: FakeElement) {
        el.isConnected = blockers.element !== 'removed';
        el.offsetHeight = blockers.element === 'visible' ? 10 : 0;
      },
    },
    head: {
      append(el: FakeElement) {
        el.isConnected = true;
        setTimeout(() => {
          if (blockers.script === 'ran') {
            el.dataset.ran = 'yes';
            el.onload?.();
          } else if (blockers.script === 'replaced') el.onload?.();
          else if (blockers.script === 'blocked') el.onerror?.();
        }, 2);
      },
    },
    created,
  };
  return doc;
}

export const emptyLog = (events: NetworkEvent[] = [], startedAt = 0): NetworkLog => ({ startedAt, events: () => events, stop: () => {} });

/** Days since 1970 of a UTC date (month 1-12). */
export const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

/** Release data as the build would bake it, for a site built on 23 November 2026 (the fake clock says 27 November). */
export const RELEASES: ReleaseData = {
  builtDay: day(2026, 11, 23),
  agents: {
    chrome: {
      '99': day(2022, 3, 1),
      '130': day(2024, 10, 15),
      '131': day(2024, 11, 12),
      '155': day(2026, 10, 6),
      '156': day(2026, 10, 20),
      '157': day(2026, 11, 3),
    },
    safari: { '17.4': day(2024, 3, 5), '18.0': day(2024, 9, 16), '18.1': day(2024, 10, 28), '26.1': day(2026, 10, 23) },
    ios_saf: { '18.0-18.2': day(2024, 9, 16), '26.1': day(2026, 10, 23) },
    firefox: { '144': day(2026, 10, 13), '145': day(2026, 11, 10) },
  },
};

export interface FakeOptions {
  cookies?: FakeCookies;
  cookieEnabled?: boolean;
  onLine?: boolean;
  userAgent?: string;
  origin?: string;
  href?: string;
  local?: FakeStorage | 'throws';
  session?: FakeStorage | 'throws';
  idb?: IdbMode | 'throws' | 'missing';
  persisted?: boolean | 'missing';
  fetch?: FetchHandler;
  clock?: FakeClock;
  blockers?: BlockerBehaviour;
  privateMode?: PrivateModeVerdict | 'rejects';
  browser?: BrowserInfo;
  releases?: ReleaseData;
  networkLog?: NetworkLog;
  thresholds?: Partial<(typeof site)['thresholds']>;
  statusApi?: (typeof site)['statusApi'];
}

export interface FakeEnv extends CheckEnv {
  readonly fakes: {
    cookies: FakeCookies;
    local: FakeStorage | 'throws';
    session: FakeStorage | 'throws';
    requests: { url: URL; init: RequestInit | undefined }[];
    clock: FakeClock;
    elements: FakeElement[];
  };
}

let counter = 0;

export function fakeEnv(o: FakeOptions = {}): FakeEnv {
  const cookies = o.cookies ?? new FakeCookies();
  const local = o.local ?? new FakeStorage();
  const session = o.session ?? new FakeStorage();
  const clock = o.clock ?? new FakeClock();
  const origin = o.origin ?? 'https://help.example.org';
  const requests: { url: URL; init: RequestInit | undefined }[] = [];
  const doc = fakeDocument(cookies, o.blockers);
  const idb = o.idb === 'throws' || o.idb === 'missing' ? undefined : fakeIndexedDb(o.idb ?? 'works');
  const win = {
    get localStorage(): Storage {
      if (local === 'throws')
        throw new DOMException(
          "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
          'SecurityError',
        );
      return local;
    },
    get sessionStorage(): Storage {
      if (session === 'throws')
        throw new DOMException(
          "Failed to read the 'sessionStorage' property from 'Window': Access is denied for this document.",
          'SecurityError',
        );
      return session;
    },
    get indexedDB(): IDBFactory {
      if (o.idb === 'throws') throw new DOMException('Access is denied.', 'SecurityError');
      return idb as IDBFactory;
    },
    getComputedStyle: (el: FakeElement) => ({ display: o.blockers?.element === 'hidden' ? 'none' : 'block', visibility: 'visible', el }),
  };
  const fetchImpl: FetchHandler =
    o.fetch ?? (() => new Response(null, { status: 200, headers: { Date: new Date(clock.wall).toUTCString() } }));
  const env: FakeEnv = {
    // Partial DOM objects: the checks use only the members implemented above.
    window: win as unknown as CheckEnv['window'],
    document: doc as unknown as CheckEnv['document'],
    navigator: {
      cookieEnabled: o.cookieEnabled ?? true,
      onLine: o.onLine ?? true,
      userAgent: o.userAgent ?? 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36',
      storage: o.persisted === 'missing' ? undefined : { persisted: async () => o.persisted === true },
    },
    origin,
    href: o.href ?? `${origin}/check/`,
    fetch: async (input, init) => {
      const url = new URL(String(input), origin);
      requests.push({ url, init });
      if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
      const answer = Promise.resolve(fetchImpl(url, init));
      return new Promise<Response>((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
        answer.then(resolve, reject);
      });
    },
    now: () => clock.wall,
    monotonic: () => clock.mono,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    token: () => `tok${(++counter).toString(36).padStart(6, '0')}`,
    config: {
      productName: 'ChatGPT',
      makerName: 'OpenAI',
      statusApi: o.statusApi ?? site.statusApi,
      statusPageUrl: site.statusPageUrl,
      thresholds: { ...site.thresholds, ...o.thresholds },
    },
    detectPrivateMode: async () => {
      if (o.privateMode === 'rejects') throw new Error('detectIncognito cannot determine the browser');
      return o.privateMode ?? { isPrivate: false, browserName: 'Chrome' };
    },
    parseUserAgent: async () => o.browser ?? { name: 'Chrome', version: '156.0.0.0', osName: 'Linux' },
    loadReleases: async () => o.releases ?? RELEASES,
    networkLog: o.networkLog ?? emptyLog([], clock.wall - 60_000),
    fakes: { cookies, local, session, requests, clock, elements: doc.created },
  };
  return env;
}

export const ctx = (signal: AbortSignal = new AbortController().signal) => ({ signal });
