/**
 * network: offline now; and, from the log kept since the page opened, going offline, changing
 * connection or the device sleeping. A quick same-origin request confirms "online" is real.
 */
import { NETWORK_PROBE_MS } from '../config/site';
import type { Check, CheckContext, CheckEnv } from './env';
import type { NetworkEvent } from './network-log';
import type { MoreWords } from '../i18n/checks/en-more';
import { probeSite, result } from './util';
import { moreWords } from './words';

async function reachable(env: CheckEnv, ctx: CheckContext): Promise<boolean> {
  const res = await probeSite(env, 'net', NETWORK_PROBE_MS, ctx.signal);
  return typeof res !== 'string' && res.status > 0;
}

export function describeEvents(events: readonly NetworkEvent[], w: MoreWords['network']): string[] {
  const out: string[] = [];
  const drops = events.filter((e) => e.kind === 'offline').length;
  if (drops) out.push(w.dropped(drops));
  for (const e of events.filter((e) => e.kind === 'connection')) out.push(w.switched(e.detail));
  for (const e of events.filter((e) => e.kind === 'sleep')) out.push(w.slept(e.gapMs ?? 0));
  return out;
}

export const networkCheck: Check = async (env, ctx) => {
  const openMs = env.now() - env.networkLog.startedAt;
  const events = env.networkLog.events();
  const online = env.navigator.onLine;
  const reached = online && (await reachable(env, ctx));
  const w = (await moreWords(env)).network;
  const seen = describeEvents(events, w);
  const seenWords = seen.length ? w.seen(seen) : undefined;
  if (!online) return result('network', 'problem', w.offlineSummary, w.offlineDetail(seenWords), ['network-changes']);
  if (!reached) return result('network', 'problem', w.unreachableSummary, w.unreachableDetail, ['network-changes']);
  if (seenWords) return result('network', 'warning', w.changedSummary, w.changedDetail(openMs, seenWords), ['network-changes']);
  return result('network', 'ok', w.okSummary, w.okDetail(openMs));
};
