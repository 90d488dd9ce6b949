import { describe, expect, it } from 'vitest';
import { serviceStatusCheck } from '../../../src/checks/service-status';
import { site, type StatusApiConfig } from '../../../src/config/site';
import { ctx, FakeStorage, fakeEnv } from '../../helpers/fake-check-env';
import { STATUS_FEED_NAMES, STATUS_FEEDS } from '../../fixtures/status/feeds';

const json =
  (body: unknown, init: ResponseInit = {}) =>
  () =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...init });
const api = (kind: StatusApiConfig['kind']): StatusApiConfig => ({
  ...site.statusApi,
  kind,
  url: kind === 'statuspage' ? new URL('/api/v2/summary.json', site.statusApi.url).href : site.statusApi.url,
});

describe('service-status: every documented feed shape reads right', () => {
  it.each(STATUS_FEED_NAMES)('%s', async (name) => {
    const feed = STATUS_FEEDS[name];
    const r = await serviceStatusCheck(fakeEnv({ fetch: json(feed.body), statusApi: api(feed.kind) }), ctx());
    expect(r.status).toBe(feed.status);
    expect(r.summary).toMatch(feed.summary);
    if ('detail' in feed) expect(r.detail).toMatch(feed.detail);
    // Only a problem or warning points at the outage article.
    expect(r.causes).toEqual(r.status === 'ok' ? [] : ['server-maintenance']);
    expect(r.links?.at(-1)).toEqual({ label: `${site.product.name} status page`, href: site.statusPageUrl });
  });

  it('links each listed incident to its own page', async () => {
    const feed = STATUS_FEEDS['widget-partial-outage'];
    const r = await serviceStatusCheck(fakeEnv({ fetch: json(feed.body), statusApi: api('incident-io') }), ctx());
    const incident = (feed.body.ongoing_incidents as { name: string; url: string }[])[0]!;
    expect(r.links?.[0]).toEqual({ label: incident.name, href: incident.url });
  });

  it('knows the product only by the configured ids and group, never by a component name', async () => {
    const feed = STATUS_FEEDS['widget-partial-outage'];
    const r = await serviceStatusCheck(
      fakeEnv({ fetch: json(feed.body), statusApi: { kind: 'incident-io', url: site.statusApi.url, components: [], reuseMinutes: 0 } }),
      ctx(),
    );
    expect(r.status).toBe('ok'); // "Login" alone is not ChatGPT's
    expect(r.summary).toMatch(/other services/);
  });
});

describe('service-status: asking the provider', () => {
  it('sends no cookies or referrer, and lets the HTTP cache work (no no-store)', async () => {
    const env = fakeEnv({ fetch: json(STATUS_FEEDS['widget-idle'].body) });
    await serviceStatusCheck(env, ctx());
    const [req] = env.fakes.requests;
    expect(req!.url.href).toBe(site.statusApi.url);
    expect(req!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' });
    expect(req!.init?.cache).toBeUndefined();
  });

  it(`reuses one result on this device for ${site.statusApi.reuseMinutes} minutes, then asks again`, async () => {
    const local = new FakeStorage();
    const env = fakeEnv({ fetch: json(STATUS_FEEDS['widget-degraded'].body), local });
    const first = await serviceStatusCheck(env, ctx());
    const again = await serviceStatusCheck(env, ctx());
    expect(env.fakes.requests).toHaveLength(1);
    expect(again.status).toBe(first.status);
    expect(again.detail).toMatch(/Checked less than a minute ago\.\)$/);
    env.fakes.clock.wall += site.statusApi.reuseMinutes * 60_000;
    await serviceStatusCheck(env, ctx());
    expect(env.fakes.requests).toHaveLength(2);
  });

  it('does not reuse an unknown result, a damaged one, or one from another feed', async () => {
    const local = new FakeStorage();
    const env = fakeEnv({ fetch: () => new Response('oops', { status: 503 }), local });
    await serviceStatusCheck(env, ctx());
    await serviceStatusCheck(env, ctx());
    expect(env.fakes.requests).toHaveLength(2);
    local.setItem(
      'shc.status.v1',
      JSON.stringify({
        at: env.fakes.clock.wall,
        url: 'https://elsewhere.example/api',
        result: { id: 'service-status', status: 'ok', summary: 's', detail: 'd', causes: [] },
      }),
    );
    await serviceStatusCheck(env, ctx());
    local.setItem('shc.status.v1', '{not json');
    await serviceStatusCheck(env, ctx());
    expect(env.fakes.requests).toHaveLength(4);
  });

  it.each([
    ['an HTTP error', () => new Response('oops', { status: 500 }), 'no-answer', /answered with an error \(HTTP 500\)/],
    ['HTML instead of JSON', () => new Response('<html>Gateway</html>', { status: 200 }), 'bad-answer', /not valid JSON/],
    ['an empty answer', () => new Response('', { status: 200 }), 'bad-answer', /empty or far too large/],
    ['a different shape', json({ ok: true }), 'bad-answer', /not a status feed we can read/],
    ['a refused request (CORS, a blocker)', () => Promise.reject(new TypeError('Failed to fetch')), 'blocked', /could not read its answer/],
    [
      'an oversized answer',
      () => new Response('x', { headers: { 'Content-Length': String(10 * 1024 * 1024) } }),
      'bad-answer',
      /far too large/,
    ],
  ] as const)('is unknown, says why and links the status page, for %s', async (_, fetch, reason, why) => {
    const env = fakeEnv({ fetch });
    const r = await serviceStatusCheck(env, ctx());
    expect(r.status).toBe('unknown');
    expect(r.data?.reason).toBe(reason);
    expect(r.detail).toMatch(why);
    expect(r.links).toEqual([{ label: `${site.product.name} status page`, href: env.config.statusPageUrl }]);
  });

  it('says the device is offline when it is', async () => {
    const env = fakeEnv({ fetch: () => Promise.reject(new TypeError('Failed to fetch')), onLine: false });
    const r = await serviceStatusCheck(env, ctx());
    expect(r.data?.reason).toBe('offline');
    expect(r.detail).toMatch(/this device is offline/);
  });

  it('gives up on a provider that never answers, before the check time limit', async () => {
    const env = fakeEnv({ fetch: () => new Promise<Response>(() => {}), thresholds: { checkTimeoutMs: 900 } });
    const started = Date.now();
    const r = await serviceStatusCheck(env, ctx());
    expect(Date.now() - started).toBeLessThan(900);
    expect(r.status).toBe('unknown');
    expect(r.data?.reason).toBe('timeout');
    expect(r.detail).toMatch(/did not answer within 0.6 seconds/);
  });
});
