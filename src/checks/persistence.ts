/**
 * persistence: does site data survive a browser restart? It takes two visits. The first stores
 * a marker (a cookie and a localStorage entry, same random token) and offers a return link
 * carrying the token. After the visitor quits and reopens the browser and follows the link, the
 * marker is either still there (kept) or gone (the browser clears site data on close).
 *
 * sessionStorage also holds the token: it survives reloads but not a restart, so finding it on
 * the return visit means the browser was not actually closed in between.
 */
import type { Check, CheckEnv } from './env';
import type { CheckLink, CheckResult } from './types';
import { result } from './util';
import { localDayTimeWords } from '../common/time-words';
import { CHECK_PATH } from '../common/urls';
import { checkAnchor } from '../config/checks';

export const PERSISTENCE_PARAM = 'persistence';
const COOKIE = 'shc_persist';
const LOCAL_KEY = 'shc.persist';
const SESSION_KEY = 'shc.persist.session';
const TOKEN = /^[a-z0-9]{6,40}$/;
const MAX_AGE_S = 30 * 86_400;

interface Marker {
  cookie?: string | undefined;
  local?: { token: string; at: number } | undefined;
  session?: string | undefined;
}

function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined; // Blocked storage throws on access: same as "nothing there".
  }
}

function readMarker(env: CheckEnv): Marker {
  const cookie = attempt(() =>
    env.document.cookie
      .split(';')
      .map((p) => p.trim())
      .find((p) => p.startsWith(`${COOKIE}=`))
      ?.slice(COOKIE.length + 1),
  );
  const local = attempt(() => {
    const raw = env.window.localStorage.getItem(LOCAL_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { token, at } = parsed as { token?: unknown; at?: unknown };
    return typeof token === 'string' && TOKEN.test(token) && typeof at === 'number' ? { token, at } : undefined;
  });
  const session = attempt(() => env.window.sessionStorage.getItem(SESSION_KEY) ?? undefined);
  return {
    cookie: cookie && TOKEN.test(cookie) ? cookie : undefined,
    local,
    session: session && TOKEN.test(session) ? session : undefined,
  };
}

function writeMarker(env: CheckEnv, token: string): { cookie: boolean; local: boolean } {
  const secure = env.origin.startsWith('https:') ? '; Secure' : '';
  attempt(() => {
    env.document.cookie = `${COOKIE}=${token}; Path=/; Max-Age=${MAX_AGE_S}; SameSite=Lax${secure}`;
  });
  attempt(() => env.window.localStorage.setItem(LOCAL_KEY, JSON.stringify({ token, at: env.now() })));
  attempt(() => env.window.sessionStorage.setItem(SESSION_KEY, token));
  const after = readMarker(env);
  return { cookie: after.cookie === token, local: after.local?.token === token };
}

export function returnUrl(origin: string, token: string): string {
  return `${new URL(CHECK_PATH, origin).href}?${PERSISTENCE_PARAM}=${token}#${checkAnchor('persistence')}`;
}

/** The return visit: is the marker stored before the restart still here? */
function judgeReturn(env: CheckEnv, back: string, marker: Marker): CheckResult {
  const link = {
    label: 'Start the two-visit check again',
    href: new URL(`${CHECK_PATH}#${checkAnchor('persistence')}`, env.origin).href,
  };
  if (marker.session === back) {
    return result(
      'persistence',
      'unknown',
      'The browser has not been restarted yet.',
      'This tab still holds what it stored before, so the browser was not fully closed. Quit the browser completely (every window), open it again, then open the return link.',
      [],
      {
        links: [{ label: 'Return link', href: returnUrl(env.origin, back) }],
        data: { reason: 'needs-visit', returnUrl: returnUrl(env.origin, back) },
      },
    );
  }
  const cookieKept = marker.cookie === back;
  const localKept = marker.local?.token === back;
  const since = marker.local && localKept ? ` since ${localDayTimeWords(marker.local.at)}` : '';
  if (cookieKept && localKept) {
    return result(
      'persistence',
      'ok',
      'Your browser kept this site’s data after a restart.',
      `The cookie and the local storage entry stored before the restart are still here${since}. Your browser does not wipe site data when it closes, so that is not what signs you out.`,
    );
  }
  if (!cookieKept && !localKept) return bothGone(marker, link);
  const lost = cookieKept ? 'local storage entry' : 'cookie';
  const kept = cookieKept ? 'cookie' : 'local storage entry';
  return result(
    'persistence',
    'problem',
    `Your browser kept the ${kept} but cleared the ${lost} when it closed.`,
    `Part of this site’s data did not survive the restart. Apps need both to keep you signed in; a setting, cleaning tool or extension that clears ${cookieKept ? 'site data' : 'cookies'} on close will sign you out.`,
    ['cleared-cookies'],
    { links: [link] },
  );
}

/** Neither marker matches the return link: a newer test's marker, or both cleared on close. */
function bothGone(marker: Marker, link: CheckLink): CheckResult {
  if (marker.cookie || marker.local) {
    return result(
      'persistence',
      'unknown',
      'This return link belongs to an earlier test.',
      'The marker stored now is a newer one than this link expects. Start the two-visit check again and use the new return link.',
      [],
      { links: [link], data: { reason: 'needs-visit' } },
    );
  }
  return result(
    'persistence',
    'problem',
    'Your browser cleared this site’s data when it closed.',
    'The cookie and the local storage entry stored before the restart are gone. A browser set to clear cookies and site data on close (or a cleaning tool or extension) signs you out of every site each time. Allow the app’s site to keep its data, then run this check again.',
    ['cleared-cookies'],
    { links: [link] },
  );
}

/** The first visit: store the marker (reusing a whole one from an earlier visit) and hand out the return link. */
function startTest(env: CheckEnv, marker: Marker): CheckResult {
  const reuse = marker.cookie && marker.cookie === marker.local?.token ? marker.cookie : undefined;
  const token =
    reuse ??
    env
      .token()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .padEnd(6, '0')
      .slice(0, 40);
  const stored = writeMarker(env, token);
  if (!stored.cookie && !stored.local) {
    return result(
      'persistence',
      'problem',
      'This browser would not store the marker at all.',
      'Neither a cookie nor local storage could be written, so nothing this site stores survives even a reload. See the Cookies and Site storage checks.',
      ['cleared-cookies'],
    );
  }
  const url = returnUrl(env.origin, token);
  return result(
    'persistence',
    'unknown',
    'Step 1 of 2 done: now restart your browser and come back.',
    'A small marker is now stored for this site (a cookie and a local storage entry, nothing personal). Keep the return link (copy or bookmark it), quit the browser completely, open it again and open the link: it tells you whether the marker survived.',
    [],
    { links: [{ label: 'Return link', href: url }], data: { reason: 'needs-visit', returnUrl: url } },
  );
}

/** The token in the page's address (a return visit), if any. */
function returnToken(href: string): string | undefined {
  try {
    const back = new URL(href).searchParams.get(PERSISTENCE_PARAM);
    return back && TOKEN.test(back) ? back : undefined;
  } catch {
    return undefined;
  }
}

export const persistenceCheck: Check = async (env) => {
  const back = returnToken(env.href);
  const marker = readMarker(env);
  return back ? judgeReturn(env, back, marker) : startTest(env, marker);
};
