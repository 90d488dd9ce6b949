/**
 * blockers: a content blocker hiding a same-origin bait element, or blocking (or silently
 * replacing) a same-origin bait script. Neither is proof, so results say "possible".
 */
import { BLOCKER_BAIT } from '../config/checks';
import { BLOCKER_CONTROL_MS, BLOCKER_SCRIPT_MS, BLOCKER_SETTLE_MS } from '../config/site';
import type { Check, CheckContext, CheckEnv } from './env';
import { probeSite, result, sleep } from './util';
import { moreWords } from './words';

type ScriptOutcome = 'ran' | 'blocked' | 'replaced' | 'no-answer';
type ScriptVerdict = ScriptOutcome | 'offline';

async function baitElementHidden(env: CheckEnv, ctx: CheckContext): Promise<boolean> {
  const bait = env.document.createElement('div');
  bait.className = BLOCKER_BAIT.classNames;
  bait.setAttribute('aria-hidden', 'true');
  bait.textContent = '\u00a0';
  // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
  Object.assign(bait.style, { position: 'absolute', left: '-10000px', top: '0', width: '10px', height: '10px' });
  env.document.body.append(bait);
  try {
    await sleep(env, BLOCKER_SETTLE_MS, ctx.signal);
    if (!bait.isConnected) return true;
    const style = env.window.getComputedStyle(bait);
    return style.display === 'none' || style.visibility === 'hidden' || bait.offsetHeight === 0;
  } finally {
    bait.remove();
  }
}

function baitScript(env: CheckEnv, ctx: CheckContext): Promise<ScriptOutcome> {
  return new Promise((resolve) => {
    const script = env.document.createElement('script');
    let settled = false;
    const finish = (outcome: ScriptOutcome) => {
      if (settled) return;
      settled = true;
      env.clearTimeout(handle);
      script.remove();
      resolve(outcome);
    };
    script.onload = () => finish(script.dataset.ran === 'yes' ? 'ran' : 'replaced');
    script.onerror = () => finish('blocked');
    const handle = env.setTimeout(() => finish('no-answer'), BLOCKER_SCRIPT_MS);
    ctx.signal.addEventListener('abort', () => finish('no-answer'), { once: true });
    script.src = new URL(BLOCKER_BAIT.scriptPath, env.origin).href;
    env.document.head.append(script);
  });
}

/**
 * A failed bait script only means "blocked" if the site itself is reachable: offline, every
 * request fails. A neutral same-origin request tells the two apart.
 */
async function siteReachable(env: CheckEnv, ctx: CheckContext): Promise<boolean> {
  if (!env.navigator.onLine) return false;
  return typeof (await probeSite(env, 'control', BLOCKER_CONTROL_MS, ctx.signal)) !== 'string';
}

export const blockersCheck: Check = async (env, ctx) => {
  const [hidden, loaded] = await Promise.all([baitElementHidden(env, ctx), baitScript(env, ctx)]);
  const script: ScriptVerdict = loaded === 'blocked' && !(await siteReachable(env, ctx)) ? 'offline' : loaded;
  const w = (await moreWords(env)).blockers;
  if (script === 'offline' && !hidden) {
    return result('blockers', 'unknown', w.offlineSummary, w.offlineDetail, [], { data: { reason: 'offline' } });
  }
  const signs: string[] = [];
  if (hidden) signs.push(w.hidden);
  if (script === 'blocked') signs.push(w.blocked);
  if (script === 'replaced') signs.push(w.replaced);
  if (signs.length) return result('blockers', 'warning', w.warningSummary, w.warningDetail(signs), ['browser-extensions']);
  if (script === 'no-answer') {
    return result('blockers', 'unknown', w.noAnswerSummary, w.noAnswerDetail, [], { data: { reason: 'timeout' } });
  }
  return result('blockers', 'ok', w.okSummary, w.okDetail);
};
