/**
 * private-mode: a private/incognito window, via detectincognitojs. Its answer is a heuristic
 * (in Chromium it times storage writes), so results say "likely" and "probably", never certainly.
 * A busy disk can make a normal window look private once, so a "private" answer is measured a
 * second time and only reported when both agree (a real private window answers fast both times).
 */
import type { Check } from './env';
import { result } from './util';

export const privateModeCheck: Check = async (env) => {
  let verdict;
  try {
    verdict = await env.detectPrivateMode();
    if (verdict.isPrivate) verdict = await env.detectPrivateMode();
  } catch {
    return result(
      'private-mode',
      'unknown',
      'Could not tell whether this is a private window.',
      'This browser is not one the detector knows. If you opened this page from a private or incognito window, everything you sign into there is forgotten when the window closes.',
      [],
      { data: { reason: 'unsupported' } },
    );
  }
  const browser = verdict.browserName && verdict.browserName !== 'Unknown' ? ` (${verdict.browserName})` : '';
  if (verdict.isPrivate) {
    return result(
      'private-mode',
      'warning',
      'This is likely a private or incognito window.',
      `Private windows${browser} keep cookies and site data only until the last private window closes, so you are signed out every time. This is a heuristic, not a certainty: if you are sure this is a normal window, ignore it.`,
      ['private-browsing'],
    );
  }
  return result(
    'private-mode',
    'ok',
    'This is probably not a private window.',
    `The signs of a private window were not found${browser}. This is a heuristic: if you did open a private or incognito window, you are still signed out when it closes.`,
  );
};
