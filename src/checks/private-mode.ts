/**
 * private-mode: a private/incognito window, via detectincognitojs. Its answer is a heuristic
 * (in Chromium it times storage writes), so results say "likely" and "probably", never certainly.
 * A busy disk can make a normal window look private once, so a "private" answer is measured a
 * second time and only reported when both agree (a real private window answers fast both times).
 */
import type { Check } from './env';
import { result } from './util';
import { fill } from '../common/fill';
import { liveWords } from './words';

export const privateModeCheck: Check = async (env) => {
  let verdict;
  try {
    verdict = await env.detectPrivateMode();
    if (verdict.isPrivate) verdict = await env.detectPrivateMode();
  } catch {
    const w = (await liveWords(env)).privateMode;
    return result('private-mode', 'unknown', w.unknownSummary, w.unknownDetail, [], { data: { reason: 'unsupported' } });
  }
  const w = (await liveWords(env)).privateMode;
  const name = verdict.browserName && verdict.browserName !== 'Unknown' ? verdict.browserName : undefined;
  const browser = name ? fill(w.browserNote, { name }) : '';
  if (verdict.isPrivate)
    return result('private-mode', 'warning', w.privateSummary, fill(w.privateDetail, { browser }), ['private-browsing']);
  return result('private-mode', 'ok', w.okSummary, fill(w.okDetail, { browser }));
};
