/**
 * storage: localStorage, sessionStorage and IndexedDB really usable (write, read back, delete),
 * and whether the browser treats this site's data as persistent. Merely reading
 * `window.localStorage` throws when a profile blocks site data, so every step is guarded.
 */
import { STORAGE_IDB_MS, STORAGE_PERSISTED_MS } from '../config/site';
import type { Check, CheckEnv } from './env';
import type { MoreWords } from '../i18n/checks/en-more';
import { errorText, result, within } from './util';
import { moreWords } from './words';

type Words = MoreWords['storage'];
/** Works, or why not (said once the words are loaded, after the measurement). */
type Outcome = { ok: true } | { ok: false; why: (w: Words) => string };

const KEY = 'shc-storage-check';

function webStorage(get: () => Storage, value: string): Outcome {
  try {
    const store = get();
    store.setItem(KEY, value);
    const back = store.getItem(KEY);
    store.removeItem(KEY);
    if (back !== value) return { ok: false, why: (w) => w.notGivenBack };
    if (store.getItem(KEY) !== null) return { ok: false, why: (w) => w.notDeleted };
    return { ok: true };
  } catch (error) {
    return { ok: false, why: (w) => w.refused(errorText(error)) };
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
    return back === value ? { ok: true } : { ok: false, why: (w) => w.notGivenBack };
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
    return { ok: false, why: (w) => w.refused(errorText(error)) };
  }
  if (!idb) return { ok: false, why: (w) => w.notOffered };
  // Some browsers never answer an open() in some modes: give it a bounded time.
  return within(
    env,
    indexedDbRoundTrip(idb, `${KEY}-${value}`, value).catch((error: unknown): Outcome => ({
      ok: false,
      why: (w) => w.refused(errorText(error)),
    })),
    STORAGE_IDB_MS,
    (): Outcome => ({ ok: false, why: (w) => w.noAnswer(STORAGE_IDB_MS / 1000) }),
  );
}

async function persisted(env: CheckEnv): Promise<boolean | undefined> {
  try {
    return await within(env, env.navigator.storage?.persisted() ?? Promise.resolve(undefined), STORAGE_PERSISTED_MS, () => undefined);
  } catch {
    return undefined;
  }
}

const line = (w: Words, name: string, o: Outcome): string => w.line(name, o.ok ? undefined : o.why(w));

export const storageCheck: Check = async (env) => {
  const value = env.token();
  const local = webStorage(() => env.window.localStorage, value);
  const session = webStorage(() => env.window.sessionStorage, value);
  const [idb, kept] = await Promise.all([indexedDb(env, value), persisted(env)]);
  const w = (await moreWords(env)).storage;
  const lines = [line(w, w.local, local), line(w, w.session, session), line(w, w.indexedDb, idb)];
  if (kept === true) lines.push(w.persistent);
  if (kept === false) lines.push(w.bestEffort);
  const facts = w.facts(lines);

  if (local.ok && session.ok && idb.ok) return result('storage', 'ok', w.okSummary, facts);
  if (!local.ok || !idb.ok) {
    return result('storage', 'problem', w.problemSummary, w.problemDetail(facts), ['cleared-cookies', 'private-browsing']);
  }
  return result('storage', 'warning', w.warningSummary, w.warningDetail(facts), ['cleared-cookies', 'private-browsing']);
};
