/**
 * network: offline now; and, from the log kept since the page opened, going offline, changing
 * connection or the device sleeping. A quick same-origin request confirms "online" is real.
 */
import { NETWORK_PROBE_MS } from '../config/site';
import type { Check, CheckContext, CheckEnv } from './env';
import type { NetworkEvent } from './network-log';
import { humanDuration, plural } from '../common/time-words';
import { probeSite, result } from './util';

async function reachable(env: CheckEnv, ctx: CheckContext): Promise<boolean> {
  const res = await probeSite(env, 'net', NETWORK_PROBE_MS, ctx.signal);
  return typeof res !== 'string' && res.status > 0;
}

export function describeEvents(events: readonly NetworkEvent[]): string[] {
  const out: string[] = [];
  const drops = events.filter((e) => e.kind === 'offline').length;
  if (drops) out.push(`the connection dropped ${drops === 1 ? 'once' : plural(drops, 'time')}`);
  for (const e of events.filter((e) => e.kind === 'connection')) out.push(`the connection switched (${e.detail ?? 'type changed'})`);
  for (const e of events.filter((e) => e.kind === 'sleep')) out.push(`the device slept or paused for about ${humanDuration(e.gapMs ?? 0)}`);
  return out;
}

export const networkCheck: Check = async (env, ctx) => {
  const openMs = env.now() - env.networkLog.startedAt;
  const openFor = openMs < 10_000 ? 'few seconds' : humanDuration(openMs);
  const seen = describeEvents(env.networkLog.events());
  if (!env.navigator.onLine) {
    return result(
      'network',
      'problem',
      'You are offline right now.',
      `This browser has no network connection. A request made while offline, or a connection that keeps dropping, can end a session or look like one ended.${seen.length ? ` While this page was open, ${seen.join('; ')}.` : ''}`,
      ['network-changes'],
    );
  }
  if (!(await reachable(env, ctx))) {
    return result(
      'network',
      'problem',
      'Your browser says it is online, but this site could not be reached.',
      'A request to this site failed just now. A captive portal, a VPN that is reconnecting, or an unstable connection can do this, and the same breaks sign-ins.',
      ['network-changes'],
    );
  }
  if (seen.length) {
    return result(
      'network',
      'warning',
      'Your connection changed while this page was open.',
      `In the ${openFor} this page has been open, ${seen.join('; ')}. Apps may end a session when your connection or address changes mid-way (VPNs switching servers do this too).`,
      ['network-changes'],
    );
  }
  return result(
    'network',
    'ok',
    'Online, with no drop, switch or sleep seen.',
    `You are online, and in the ${openFor} this page has been open the connection did not drop or change and the device did not sleep. Leave this page open while you work to catch a change later, then press "Check again".`,
  );
};
