/**
 * storage: localStorage, sessionStorage and IndexedDB really usable (write, read back, delete),
 * and whether the browser treats this site's data as persistent. Merely reading
 * `window.localStorage` throws when a profile blocks site data, so every step is guarded.
 */
import { STORAGE_IDB_MS, STORAGE_PERSISTED_MS } from '../config/site';
import type { Check, CheckEnv } from './env';
import { errorText, result, within } from './util';

type Outcome = { ok: true } | { ok: false; why: string };

const KEY = 'shc-storage-check';

function webStorage(get: () => Storage, value: string): Outcome {
  try {
    const store = get();
    store.setItem(KEY, value);
    const back = store.getItem(KEY);
    store.removeItem(KEY);
    if (back !== value) return { ok: false, why: 'it did not give back what was written' };
    if (store.getItem(KEY) !== null) return { ok: false, why: 'it did not delete the test entry' };
    return { ok: true };
  } catch (error) {
    return { ok: false, why: `it refused (${errorText(error)})` };
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('request failed'));
  });
}

async function indexedDbRoundTrip(idb: IDBFactory, name: string, value: string): Promise<Outcome> {
  const open = idb.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('s');
  const db = await request(open);
  try {
    const tx = db.transaction('s', 'readwrite');
    const store = tx.objectStore('s');
    await request(store.put(value, 'k'));
    const back = await request(store.get('k'));
    return back === value ? { ok: true } : { ok: false, why: 'it did not give back what was written' };
  } finally {
    db.close();
    idb.deleteDatabase(name);
  }
}

async function indexedDb(env: CheckEnv, value: string): Promise<Outcome> {
  let idb: IDBFactory | undefined;
  try {
    idb = env.window.indexedDB;
  } catch (error) {
    return { ok: false, why: `it refused (${errorText(error)})` };
  }
  if (!idb) return { ok: false, why: 'this browser does not offer it' };
  // Some browsers never answer an open() in some modes: give it a bounded time.
  return within(
    env,
    indexedDbRoundTrip(idb, `${KEY}-${value}`, value).catch((error: unknown): Outcome => ({
      ok: false,
      why: `it refused (${errorText(error)})`,
    })),
    STORAGE_IDB_MS,
    (): Outcome => ({ ok: false, why: `it did not answer within ${STORAGE_IDB_MS / 1000} seconds` }),
  );
}

async function persisted(env: CheckEnv): Promise<boolean | undefined> {
  try {
    return await within(env, env.navigator.storage?.persisted() ?? Promise.resolve(undefined), STORAGE_PERSISTED_MS, () => undefined);
  } catch {
    return undefined;
  }
}

const line = (name: string, o: Outcome): string => `${name}: ${o.ok ? 'works' : `does not work, ${o.why}`}.`;

export const storageCheck: Check = async (env) => {
  const value = env.token();
  const local = webStorage(() => env.window.localStorage, value);
  const session = webStorage(() => env.window.sessionStorage, value);
  const [idb, kept] = await Promise.all([indexedDb(env, value), persisted(env)]);
  const lines = [line('Local storage', local), line('Session storage', session), line('IndexedDB', idb)];
  if (kept === true) lines.push('This site’s data is marked persistent: the browser will not clear it on its own to save space.');
  if (kept === false)
    lines.push('This site’s data is kept “best effort”, as for most sites: the browser may clear it only when space runs out.');
  const facts = lines.join(' ');

  if (local.ok && session.ok && idb.ok) {
    return result('storage', 'ok', 'Site storage works: local storage, session storage and IndexedDB all kept test data.', facts);
  }
  if (!local.ok || !idb.ok) {
    return result(
      'storage',
      'problem',
      'Site storage is blocked or broken in this browser.',
      `Apps keep parts of your sign-in and unsaved work in site storage; when it is blocked or thrown away, you can be signed out. This usually means site data is blocked in the browser settings or this is a private window. ${facts}`,
      ['cleared-cookies', 'private-browsing'],
    );
  }
  return result(
    'storage',
    'warning',
    'Session storage does not work, the rest does.',
    `Some apps keep per-tab sign-in state in session storage. ${facts}`,
    ['cleared-cookies', 'private-browsing'],
  );
};
