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
import type { MoreWords } from '../i18n/checks/en-more';
import { moreWords } from './words';
import { CHECK_PATH } from '../common/urls';
import { localizedPath } from '../common/locale-path';
import type { Locale } from '../config/locales';
import { checkAnchor } from '../config/checks';

type Words = MoreWords['persistence'];

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

/** The return link: /check/ in the page's language, carrying the token. */
export function returnUrl(origin: string, token: string, locale: Locale = 'en'): string {
  return `${new URL(localizedPath(locale, CHECK_PATH), origin).href}?${PERSISTENCE_PARAM}=${token}#${checkAnchor('persistence')}`;
}

/** The return visit: is the marker stored before the restart still here? */
function judgeReturn(env: CheckEnv, back: string, marker: Marker, w: Words): CheckResult {
  const link = {
    label: w.restartLink,
    href: new URL(`${localizedPath(env.locale ?? 'en', CHECK_PATH)}#${checkAnchor('persistence')}`, env.origin).href,
  };
  if (marker.session === back) {
    return result('persistence', 'unknown', w.notRestartedSummary, w.notRestartedDetail, [], {
      links: [{ label: w.returnLink, href: returnUrl(env.origin, back, env.locale) }],
      data: { reason: 'needs-visit', returnUrl: returnUrl(env.origin, back, env.locale) },
    });
  }
  const cookieKept = marker.cookie === back;
  const localKept = marker.local?.token === back;
  if (cookieKept && localKept) {
    return result('persistence', 'ok', w.keptSummary, w.keptDetail(marker.local?.at));
  }
  if (!cookieKept && !localKept) return bothGone(marker, link, w);
  return result('persistence', 'problem', w.partSummary(cookieKept), w.partDetail(cookieKept), ['cleared-cookies'], { links: [link] });
}

/** Neither marker matches the return link: a newer test's marker, or both cleared on close. */
function bothGone(marker: Marker, link: CheckLink, w: Words): CheckResult {
  if (marker.cookie || marker.local) {
    return result('persistence', 'unknown', w.earlierSummary, w.earlierDetail, [], { links: [link], data: { reason: 'needs-visit' } });
  }
  return result('persistence', 'problem', w.goneSummary, w.goneDetail, ['cleared-cookies'], { links: [link] });
}

/** The first visit: store the marker (reusing a whole one from an earlier visit) and hand out the return link. */
function startTest(env: CheckEnv, marker: Marker, w: Words): CheckResult {
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
    return result('persistence', 'problem', w.notStoredSummary, w.notStoredDetail, ['cleared-cookies']);
  }
  const url = returnUrl(env.origin, token, env.locale);
  return result('persistence', 'unknown', w.step1Summary, w.step1Detail, [], {
    links: [{ label: w.returnLink, href: url }],
    data: { reason: 'needs-visit', returnUrl: url },
  });
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
  const w = (await moreWords(env)).persistence;
  return back ? judgeReturn(env, back, marker, w) : startTest(env, marker, w);
};
