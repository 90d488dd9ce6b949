/**
 * cookies: write a first-party cookie, read it back, delete it. `navigator.cookieEnabled` alone
 * lies (Chromium says true while the profile blocks cookies), so only the round trip counts.
 */
import type { Check, CheckEnv } from './env';
import { result } from './util';
import { moreWords } from './words';

const NAME = 'shc_cookie_check';

function hasCookie(doc: CheckEnv['document'], name: string, value: string): boolean {
  return doc.cookie.split(';').some((pair) => pair.trim() === `${name}=${value}`);
}

export const cookiesCheck: Check = async (env) => {
  const doc = env.document;
  const secure = env.origin.startsWith('https:') ? '; Secure' : '';
  const value = env.token();
  try {
    doc.cookie = `${NAME}=${value}; Path=/; Max-Age=60; SameSite=Lax${secure}`;
    const kept = hasCookie(doc, NAME, value);
    doc.cookie = `${NAME}=; Path=/; Max-Age=0; SameSite=Lax${secure}`;
    const deleted = !hasCookie(doc, NAME, value);
    const w = (await moreWords(env)).cookies;
    if (kept) return result('cookies', 'ok', w.okSummary, w.okDetail(deleted));
    return result('cookies', 'problem', w.problemSummary, w.problemDetail(env.navigator.cookieEnabled), ['cleared-cookies']);
  } catch {
    // Reading or writing document.cookie throws (SecurityError) when the document may not use cookies at all.
    const w = (await moreWords(env)).cookies;
    return result('cookies', 'problem', w.unavailableSummary, w.unavailableDetail, ['cleared-cookies']);
  }
};
