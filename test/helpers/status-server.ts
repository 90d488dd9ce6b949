/**
 * A local stand-in for the product's status provider, reached in Chromium at the real status
 * origin from src/config/site.ts (https://status.openai.com): the browser maps that host name to
 * this server (`--host-resolver-rules`) and accepts its self-signed certificate
 * (`ignoreHTTPSErrors`). So the site's real CSP stays in force — `connect-src` allows exactly that
 * origin — and CORS applies as it would for the real provider.
 *
 * The first path segment picks a behaviour; the rest is the configured feed path:
 *   /<feed name>/…   a feed from test/fixtures/status/feeds.ts, CORS allowed
 *   /all-good/… /incident/… /maintenance/…   short names for common widget feeds
 *   /http-500/…  an error page     /invalid-json/…  HTML instead of JSON     /empty/…  no body
 *   /never/…     accepts and never answers                /no-cors/…  a good feed without CORS
 * The certificate (test/fixtures/status/tls/) is self-signed for the status host and trusted by
 * nothing; it exists only for these tests.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { site } from '../../src/config/site';
import { STATUS_FEED_NAMES, STATUS_FEEDS, type StatusFeedName } from '../fixtures/status/feeds';

const ALIASES = {
  'all-good': 'widget-idle',
  incident: 'widget-partial-outage',
  maintenance: 'widget-maintenance-now',
} as const satisfies Record<string, StatusFeedName>;
/** Ways the status host can fail, each served by the handler below. */
type Failure = 'http-500' | 'invalid-json' | 'empty' | 'never' | 'no-cors';

export type StatusVariant = keyof typeof ALIASES | Failure | StatusFeedName;

const TLS = new URL('../fixtures/status/tls/', import.meta.url);
const statusUrl = new URL(site.statusApi.url);

export interface StatusServer {
  /** The status origin as the site knows it (the real one, mapped to this server). */
  readonly origin: string;
  /** Chromium flags that send the status host to this server. */
  readonly chromiumArgs: readonly string[];
  /** The feed URL of a behaviour, on the real status origin. */
  url(variant: StatusVariant): string;
  /** The feed shape a behaviour serves (what `data-status-api-kind` must say). */
  kind(variant: StatusVariant): 'incident-io' | 'statuspage';
  /** Paths requested so far. */
  readonly requests: string[];
  close(): Promise<void>;
}

const feedOf = (variant: string): StatusFeedName | undefined =>
  (ALIASES as Record<string, StatusFeedName>)[variant] ??
  (STATUS_FEED_NAMES.includes(variant as StatusFeedName) ? (variant as StatusFeedName) : undefined);

const cors = { 'access-control-allow-origin': '*' };
// What status.openai.com was seen sending: cacheable, revalidated each time.
const cache = { 'cache-control': 'public, max-age=0, must-revalidate' };

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>) {
  res.writeHead(status, { 'content-type': 'application/json', ...cache, ...headers }).end(body);
}

async function startStatusServer(): Promise<StatusServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer({ key: readFileSync(new URL('key.pem', TLS)), cert: readFileSync(new URL('cert.pem', TLS)) }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    requests.push(path);
    const variant = path.split('/')[1] ?? '';
    const feed = feedOf(variant);
    if (feed) return send(res, 200, JSON.stringify(STATUS_FEEDS[feed].body), cors);
    switch (variant) {
      case 'http-500':
        return send(res, 500, '{"error":"internal"}', cors);
      case 'invalid-json':
        return send(res, 200, '<html><body>502 Bad Gateway</body></html>', { ...cors, 'content-type': 'text/html' });
      case 'empty':
        return send(res, 200, '', cors);
      case 'no-cors':
        return send(res, 200, JSON.stringify(STATUS_FEEDS['widget-partial-outage'].body), {});
      case 'never':
        return; // hold the connection open and say nothing
      default:
        return send(res, 404, '{}', cors);
    }
  });
  server.on('secureConnection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: statusUrl.origin,
    chromiumArgs: [`--host-resolver-rules=MAP ${statusUrl.hostname} 127.0.0.1:${port}`],
    url: (variant) => {
      const feed = feedOf(variant);
      const path = feed && STATUS_FEEDS[feed].kind === 'statuspage' ? '/api/v2/summary.json' : statusUrl.pathname;
      return `${statusUrl.origin}/${variant}${path}`;
    },
    kind: (variant) => {
      const feed = feedOf(variant);
      return feed ? STATUS_FEEDS[feed].kind : 'incident-io';
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** One status server for a whole test file (a getter, like browserForFile). Register it before the browser that uses its flags. */
export function statusServerForFile(): () => StatusServer {
  let server: StatusServer | undefined;
  beforeAll(async () => {
    server = await startStatusServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('statusServerForFile(): the server is only there inside tests');
    return server;
  };
}

/**
 * Contexts that reach the status server at the real status origin accept its self-signed
 * certificate. The site's CSP stays in force: nothing bypasses it.
 */
export const AIMED = { ignoreHTTPSErrors: true } as const;

/**
 * Pick the feed the status server answers with. The page renders the status API URL and kind
 * from src/config/site.ts into `#checks-config`; this swaps in a path on the same (real) status
 * origin, and the kind of that feed, while the HTML is parsed, before the page's (deferred)
 * module runs.
 * Not route.fulfill: a document Playwright fulfils has no network address, so Chromium's Local
 * Network Access rules would then refuse any request from it to 127.0.0.1.
 */
export async function aimStatusAt(target: Page | BrowserContext, status: StatusServer, variant: StatusVariant): Promise<void> {
  await target.addInitScript(
    ([url, kind]: [string, string]) => {
      const observer = new MutationObserver(() => {
        const el = document.getElementById('checks-config');
        if (!el) return;
        el.dataset.statusApiUrl = url;
        el.dataset.statusApiKind = kind;
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', () => observer.disconnect());
    },
    [status.url(variant), status.kind(variant)] as [string, string],
  );
}
