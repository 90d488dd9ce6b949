import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, startStaticServer } from '../../../../scripts/lib/static-server';

/** One GET with the given Accept-Encoding: status, headers and the raw (still encoded) body. */
const get = (url: string, acceptEncoding?: string) =>
  new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });

describe('compression, as a static host sends it', () => {
  it('gzips text for clients that accept it, and sends it as it is to the others', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shc-static-'));
    const page = '<!doctype html><title>x</title>' + '<p>Signed out again.</p>'.repeat(50);
    writeFileSync(join(root, 'index.html'), page);
    writeFileSync(join(root, 'data.pf_index'), 'already compressed');
    const server = await startStaticServer(root);
    try {
      const zipped = await get(`${server.url}/`, 'gzip, deflate, br');
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.body.length).toBeLessThan(page.length);
      expect(gunzipSync(zipped.body).toString()).toBe(page);
      const plain = await get(`${server.url}/`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(page);
      const index = await get(`${server.url}/data.pf_index`, 'gzip');
      expect(index.headers['content-encoding']).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('_headers parsing used by the test server', () => {
  it('applies wildcard rules with their headers', () => {
    const rules = parseHeadersFile('# comment\n/*\n  X-Content-Type-Options: nosniff\n/pagefind/*\n  Cache-Control: max-age=60\n');
    expect(rules).toHaveLength(2);
    expect(rules[0]!.pattern.test('/causes/x/')).toBe(true);
    expect(rules[1]!.pattern.test('/causes/x/')).toBe(false);
    expect(rules[1]!.headers).toEqual([['Cache-Control', 'max-age=60']]);
  });
});
