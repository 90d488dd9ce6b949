/**
 * service-status: the product's public status API (Statuspage v2 `summary.json`, or an
 * incident.io widget if configured). This is the only request that leaves the site: no cookies,
 * no referrer. Any failure — CORS, HTTP error, timeout, oversized or malformed answer — is
 * "unknown" with a link to the human status page, never "all good".
 */
import { STATUS_MARGIN_MS } from '../config/site';
import type { Check, CheckEnv } from './env';
import { parseIncidentIo, parseStatuspage, rank, StatusFormatError, type StatusEvent, type StatusSummary } from './status-parse';
import type { CheckLink, CheckResult } from './types';
import { plural, result, timeoutSignal } from './util';

/** A status summary is a few KB; anything far bigger is not what we asked for. */
const MAX_BYTES = 512 * 1024;

export const statusHost = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

async function fetchSummary(env: CheckEnv, signal: AbortSignal): Promise<StatusSummary> {
  const api = env.config.statusApi;
  const res = await env.fetch(api.url, {
    method: 'GET',
    mode: 'cors',
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
    signal,
  });
  if (!res.ok) throw new StatusFormatError(`the status service answered HTTP ${res.status}`);
  const length = Number(res.headers.get('Content-Length') ?? '0');
  if (length > MAX_BYTES) throw new StatusFormatError('the answer is far too large');
  const text = await res.text();
  if (text.length > MAX_BYTES) throw new StatusFormatError('the answer is far too large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StatusFormatError('the answer is not valid JSON');
  }
  return api.kind === 'incident-io' ? parseIncidentIo(json) : parseStatuspage(json);
}

const eventLinks = (events: readonly StatusEvent[]): CheckLink[] =>
  events.flatMap((e) => (e.url ? [{ label: e.name, href: e.url }] : [])).slice(0, 5);

const names = (events: readonly StatusEvent[]): string =>
  events.slice(0, 3).map((e) => `“${e.name}”`).join(', ') + (events.length > 3 ? ` and ${events.length - 3} more` : '');

export function judgeStatus(summary: StatusSummary, product: string, statusLink: CheckLink): CheckResult {
  const { incidents, maintenances, indicator } = summary;
  const links = [...eventLinks([...maintenances, ...incidents]), statusLink];
  const serious = incidents.some((e) => rank(e.severity) >= rank('major'));
  if (maintenances.length || serious || indicator === 'major' || indicator === 'critical' || indicator === 'maintenance') {
    const parts = [
      maintenances.length ? `maintenance in progress: ${names(maintenances)}` : '',
      incidents.length ? `${plural(incidents.length, 'open incident')}: ${names(incidents)}` : '',
    ].filter(Boolean);
    const what = parts.length ? parts.join('; ') : (summary.description ?? `the status is “${indicator}”`);
    return result(
      'service-status',
      'problem',
      maintenances.length && !incidents.length ? `${product} reports maintenance in progress.` : `${product} reports a problem right now.`,
      `The status page lists ${what}. Outages, maintenance and deploys end sessions on the server side: nothing in your browser will fix it. Wait until it is resolved, then sign in again.`,
      ['server-maintenance'],
      { links },
    );
  }
  if (incidents.length || indicator === 'minor') {
    return result(
      'service-status',
      'warning',
      `${product} reports a minor issue.`,
      `The status page lists ${incidents.length ? `${plural(incidents.length, 'open incident')}: ${names(incidents)}` : (summary.description ?? 'degraded performance')}. A minor issue can sign some people out; if yours started at the same time, this is the likely cause.`,
      ['server-maintenance'],
      { links },
    );
  }
  return result(
    'service-status',
    'ok',
    `${product} reports no incident or maintenance right now.`,
    `The public status page says all systems are working${summary.description ? ` (“${summary.description}”)` : ''}. A problem on their side is unlikely to be what signed you out.`,
    [],
    { links: [statusLink] },
  );
}

export const serviceStatusCheck: Check = async (env, ctx) => {
    const product = env.config.productName;
    const host = statusHost(env.config.statusApi.url);
    const statusLink: CheckLink = { label: `${product} status page`, href: env.config.statusPageUrl };
    const limit = Math.max(500, env.config.thresholds.checkTimeoutMs - STATUS_MARGIN_MS);
    const { signal, done } = timeoutSignal(env, limit, ctx.signal);
    try {
      return judgeStatus(await fetchSummary(env, signal), product, statusLink);
    } catch (error) {
      const why = signal.aborted
        ? `${host} did not answer within ${(limit / 1000).toFixed(1)} seconds`
        : error instanceof StatusFormatError
          ? error.message
          : `${host} could not be reached from this page (offline, blocked, or it does not allow this site to read it)`;
      return result(
        'service-status',
        'unknown',
        `Could not read ${product}’s status right now.`,
        `We asked ${host} for the current status, but ${why}. Open the status page to see whether there is an incident or maintenance.`,
        [],
        { links: [statusLink] },
      );
    } finally {
      done();
    }
};
