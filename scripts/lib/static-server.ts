/**
 * A small static file server for dist/ that behaves like a typical static host: directory
 * URLs serve index.html, unknown paths answer 404 with the nearest 404.html up the path (as
 * Cloudflare Pages does: https://developers.cloudflare.com/pages/configuration/serving-pages/,
 * so `/es/nothing/` gets `/es/404.html`), and `public/_headers` rules are
 * applied so tests see the same security headers a real deploy sends. Text is sent gzip-compressed
 * to clients that accept it, as static hosts do, so first-paint and Lighthouse figures measured
 * against it are not inflated by bytes no real visitor downloads.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Types a static host compresses (Pagefind's own files and images are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Parse the Netlify/Cloudflare `_headers` format: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
  /** Paths requested so far (for "no request leaves the site" style assertions). */
  requests: string[];
}

/** The 404.html nearest to `path` (a normalized site path) up its folders, ending at the root's. */
async function nearest404(root: string, path: string): Promise<string> {
  const folders = path.split(/[/\\]/).filter(Boolean);
  // A path's last part is a file or a missing folder; look from its parent folder (or itself when it ends in "/") upwards.
  if (!/[/\\]$/.test(path)) folders.pop();
  for (let n = folders.length; n > 0; n--) {
    const candidate = join(root, ...folders.slice(0, n), '404.html');
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // Not here: one folder up.
    }
  }
  return join(root, '404.html');
}

export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  let headerRules: HeaderRule[] = [];
  try {
    headerRules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  } catch {
    // No _headers file: serve without extra headers.
  }
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/__bad_request__';
    }
    const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, safe);
    let status = 200;
    try {
      const s = await stat(file);
      if (s.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
        await stat(file);
      }
    } catch {
      file = await nearest404(root, safe);
      status = 404;
    }
    for (const rule of headerRules) {
      if (rule.pattern.test(pathname)) for (const [k, v] of rule.headers) res.setHeader(k, v);
    }
    try {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const raw = await readFile(file);
      const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gzip ? gzipSync(raw) : raw;
      res.writeHead(status, { 'content-type': type, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
