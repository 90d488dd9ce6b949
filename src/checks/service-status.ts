/**
 * service-status: the product's public status feed (incident.io widget feed or Statuspage v2, as
 * configured in src/config/site.ts). This is the only request that leaves the site: no cookies,
 * no referrer, HTTP caching allowed. A result is reused on this device for a few minutes, so the
 * wizard and /check/ ask the provider once between them. Any failure is "unknown" with the
 * reason and a link to the human status page, never "all good".
 */
import { STATUS_MARGIN_MS } from '../config/site';
import type { Check, CheckEnv } from './env';
import { freshResult, keptEntry, readKept, writeKept } from './saved';
import { StatusFormatError, type StatusReader } from './status-feed';
import { judgeStatus } from './status-judge';
import type { CheckResult, UnknownReason } from './types';
import { humanDuration } from '../common/time-words';
import { result, timeoutSignal } from './util';

/** A status summary is a few KB; anything far bigger is not what we asked for. */
const MAX_BYTES = 512 * 1024;

const KEY = 'shc.status.v1';

/** Only the configured provider's reader is loaded. */
const READERS: Record<string, () => Promise<StatusReader>> = {
  'incident-io': async () => (await import('./status-incident-io')).readIncidentIo,
  statuspage: async () => (await import('./status-statuspage')).readStatuspage,
};

class Unknown extends Error {
  constructor(
    readonly reason: UnknownReason,
    message: string,
  ) {
    super(message);
  }
}

async function fetchFeed(env: CheckEnv, signal: AbortSignal): Promise<unknown> {
  const { url } = env.config.statusApi;
  let res: Response;
  try {
    res = await env.fetch(url, { method: 'GET', mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer', signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw env.navigator.onLine === false
      ? new Unknown('offline', 'this device is offline')
      : new Unknown(
          'blocked',
          'the browser could not read its answer (a blocker or network filter stopped it, or the service does not let other sites read it)',
        );
  }
  if (!res.ok) throw new Unknown('no-answer', `it answered with an error (HTTP ${res.status})`);
  const text = Number(res.headers.get('Content-Length') ?? '0') > MAX_BYTES ? '' : await res.text();
  if (!text || text.length > MAX_BYTES) throw new Unknown('bad-answer', 'its answer was empty or far too large');
  try {
    return JSON.parse(text);
  } catch {
    throw new Unknown('bad-answer', 'its answer is not valid JSON');
  }
}

/** A result this device got from the same feed a few minutes ago, with how long ago (storage blocked or damaged: none). */
function reused(env: CheckEnv): CheckResult | undefined {
  const { url, reuseMinutes } = env.config.statusApi;
  const kept = freshResult(
    readKept(() => env.window.localStorage, KEY),
    'service-status',
    env.now(),
    reuseMinutes * 60_000,
    { url },
  );
  if (!kept || kept.result.status === 'unknown') return undefined;
  const { result: r, age } = kept;
  return { ...r, detail: `${r.detail} (Checked ${age < 60_000 ? 'less than a minute' : humanDuration(age)} ago.)` };
}

const keep = (env: CheckEnv, r: CheckResult): void =>
  writeKept(() => env.window.localStorage, KEY, keptEntry(r, env.now(), { url: env.config.statusApi.url }));

export const serviceStatusCheck: Check = async (env, ctx) => {
  const { productName: product, makerName: maker, statusApi, statusPageUrl } = env.config;
  const host = new URL(statusApi.url).host; // checked by readChecksConfig
  const statusLink = { label: `${product} status page`, href: statusPageUrl };
  const earlier = reused(env);
  if (earlier) return earlier;
  const limit = Math.max(500, env.config.thresholds.checkTimeoutMs - STATUS_MARGIN_MS);
  const { signal, done } = timeoutSignal(env, limit, ctx.signal);
  try {
    const [json, read] = await Promise.all([fetchFeed(env, signal), READERS[statusApi.kind]!()]);
    const r = judgeStatus(read(json, env.now()), statusApi, { product, maker, statusLink }, env.now());
    keep(env, r);
    return r;
  } catch (error) {
    const [reason, why]: [UnknownReason, string] = signal.aborted
      ? ['timeout', `it did not answer within ${(limit / 1000).toFixed(1)} seconds`]
      : error instanceof Unknown
        ? [error.reason, error.message]
        : [
            'bad-answer',
            `its answer is not a status feed we can read (${error instanceof StatusFormatError ? error.message : 'unexpected format'})`,
          ];
    return result(
      'service-status',
      'unknown',
      `Could not read ${product}’s status right now.`,
      `We asked ${host}, but ${why}. Open the status page to see whether there is an incident.`,
      [],
      { links: [statusLink], data: { reason } },
    );
  } finally {
    done();
  }
};
