/**
 * A local stand-in for a product's public status API, on its own port (so its own origin, and
 * real CORS rules apply). Each path is one behaviour:
 *   /all-good/ /incident/ /maintenance/  Statuspage v2 summaries, CORS allowed
 *   /http-500/    an error page         /invalid-json/  HTML instead of JSON
 *   /never/       accepts and never answers              /no-cors/  good JSON without CORS headers
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { STATUS_FIXTURES } from '../fixtures/status/statuspage';

export const STATUS_VARIANTS = ['all-good', 'incident', 'maintenance', 'http-500', 'invalid-json', 'never', 'no-cors'] as const;
export type StatusVariant = (typeof STATUS_VARIANTS)[number];

export interface StatusServer {
  origin: string;
  /** The summary URL of a behaviour. */
  url(variant: StatusVariant): string;
  /** Paths requested so far. */
  requests: string[];
  close(): Promise<void>;
}

const cors = { 'access-control-allow-origin': '*' };

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
}

export async function startStatusServer(): Promise<StatusServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const variant = path.split('/')[1] as StatusVariant;
    switch (variant) {
      case 'all-good':
        return send(res, 200, JSON.stringify(STATUS_FIXTURES.allGood), cors);
      case 'incident':
        return send(res, 200, JSON.stringify(STATUS_FIXTURES.incident), cors);
      case 'maintenance':
        return send(res, 200, JSON.stringify(STATUS_FIXTURES.maintenance), cors);
      case 'http-500':
        return send(res, 500, '{"error":"internal"}', cors);
      case 'invalid-json':
        return send(res, 200, '<html><body>502 Bad Gateway</body></html>', { ...cors, 'content-type': 'text/html' });
      case 'no-cors':
        return send(res, 200, JSON.stringify(STATUS_FIXTURES.incident), {});
      case 'never':
        return; // hold the connection open and say nothing
      default:
        return send(res, 404, '{}', cors);
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (variant) => `${origin}/${variant}/api/v2/summary.json`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
