/**
 * cookies: write a first-party cookie, read it back, delete it. `navigator.cookieEnabled` alone
 * lies (Chromium says true while the profile blocks cookies), so only the round trip counts.
 */
import type { Check, CheckEnv } from './env';
import { result } from './util';

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
    if (kept) {
      return result(
        'cookies',
        'ok',
        'Cookies work: this browser kept a test cookie and deleted it again.',
        `Sign-ins are usually kept in cookies, and this browser accepts them from this site${deleted ? '' : ' (it did not delete the test cookie when asked, which is harmless here)'}. If you are still signed out every time you reopen the browser, look at the "Data kept after restart" check.`,
      );
    }
    const says = env.navigator.cookieEnabled
      ? 'Your browser says cookies are on, but it refused the test cookie: a setting or an extension is blocking them.'
      : 'Your browser reports that cookies are turned off.';
    return result(
      'cookies',
      'problem',
      'Cookies are blocked: this browser did not keep a test cookie.',
      `${says} Without cookies a site cannot keep you signed in, so every page load can look like a new visit and end with "session expired".`,
      ['cleared-cookies'],
    );
  } catch {
    // Reading or writing document.cookie throws (SecurityError) when the document may not use cookies at all.
    return result(
      'cookies',
      'problem',
      'Cookies are not available on this page.',
      'The browser refused to let this page read or write cookies at all. Sites cannot keep you signed in like this.',
      ['cleared-cookies'],
    );
  }
};
