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
import type { LiveWords } from '../i18n/checks/en-live';
import { humanDuration } from '../common/time-words';
import { result, timeoutSignal } from './util';
import { fill } from '../common/fill';
import { liveWords } from './words';

/** A status summary is a few KB; anything far bigger is not what we asked for. */
const MAX_BYTES = 512 * 1024;

/** One kept answer per language (a result is kept in words), English under the original key. */
const keyFor = (env: Pick<CheckEnv, 'locale'>): string =>
  env.locale && env.locale !== 'en' ? `shc.status.v1.${env.locale}` : 'shc.status.v1';

type StatusText = LiveWords['status'];

/** Only the configured provider's reader is loaded. */
const READERS: Record<string, () => Promise<StatusReader>> = {
  'incident-io': async () => (await import('./status-incident-io')).readIncidentIo,
  statuspage: async () => (await import('./status-statuspage')).readStatuspage,
};

/** Why the feed could not be read: the reason, and how to say it (words load after the fetch). */
class Unknown extends Error {
  constructor(
    readonly reason: UnknownReason,
    readonly why: (w: StatusText) => string,
  ) {
    super(reason);
  }
}

async function fetchFeed(env: CheckEnv, signal: AbortSignal): Promise<unknown> {
  const { url } = env.config.statusApi;
  let res: Response;
  try {
    res = await env.fetch(url, { method: 'GET', mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer', signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw env.navigator.onLine === false ? new Unknown('offline', (w) => w.offline) : new Unknown('blocked', (w) => w.blocked);
  }
  const status = res.status;
  if (!res.ok) throw new Unknown('no-answer', (w) => fill(w.httpError, { status }));
  const text = Number(res.headers.get('Content-Length') ?? '0') > MAX_BYTES ? '' : await res.text();
  if (!text || text.length > MAX_BYTES) throw new Unknown('bad-answer', (w) => w.emptyOrHuge);
  try {
    return JSON.parse(text);
  } catch {
    throw new Unknown('bad-answer', (w) => w.notJson);
  }
}

/** A result this device got from the same feed a few minutes ago, with how long ago (storage blocked or damaged: none). */
async function reused(env: CheckEnv): Promise<CheckResult | undefined> {
  const { url, reuseMinutes } = env.config.statusApi;
  const kept = freshResult(
    readKept(() => env.window.localStorage, keyFor(env)),
    'service-status',
    env.now(),
    reuseMinutes * 60_000,
    { url },
  );
  if (!kept || kept.result.status === 'unknown') return undefined;
  const { result: r, age } = kept;
  const w = (await liveWords(env)).status;
  const ago = age < 60_000 ? w.lessThanMinute : humanDuration(age, env.locale);
  return { ...r, detail: `${r.detail}${fill(w.checkedAgo, { ago })}` };
}

const keep = (env: CheckEnv, r: CheckResult): void =>
  writeKept(() => env.window.localStorage, keyFor(env), keptEntry(r, env.now(), { url: env.config.statusApi.url }));

export const serviceStatusCheck: Check = async (env, ctx) => {
  const { productName: product, makerName: maker, statusApi, statusPageUrl } = env.config;
  const host = new URL(statusApi.url).host; // checked by readChecksConfig
  const earlier = await reused(env);
  if (earlier) return earlier;
  const words = liveWords(env); // loaded alongside the feed
  const statusLink = async () => ({ label: fill((await words).status.statusLink, { product }), href: statusPageUrl });
  const limit = Math.max(500, env.config.thresholds.checkTimeoutMs - STATUS_MARGIN_MS);
  const { signal, done } = timeoutSignal(env, limit, ctx.signal);
  try {
    const [json, read] = await Promise.all([fetchFeed(env, signal), READERS[statusApi.kind]!()]);
    const text = (await words).status;
    const sayWith = { product, maker, statusLink: await statusLink(), text, locale: env.locale ?? 'en' } as const;
    const r = judgeStatus(read(json, env.now()), statusApi, sayWith, env.now());
    keep(env, r);
    return r;
  } catch (error) {
    const w = (await words).status;
    const [reason, why]: [UnknownReason, string] = signal.aborted
      ? ['timeout', fill(w.timeout, { seconds: (limit / 1000).toFixed(1) })]
      : error instanceof Unknown
        ? [error.reason, error.why(w)]
        : ['bad-answer', fill(w.unreadable, { what: error instanceof StatusFormatError ? error.message : w.unexpectedFormat })];
    return result('service-status', 'unknown', fill(w.unknownSummary, { product }), fill(w.unknownDetail, { host, why }), [], {
      links: [await statusLink()],
      data: { reason },
    });
  } finally {
    done();
  }
};
