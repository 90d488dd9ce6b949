/** The test server's "not found": the nearest 404.html up the path, as Cloudflare Pages serves it. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../../scripts/lib/static-server';

describe('a missing page', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'shc-404-'));
    mkdirSync(join(root, 'es', 'causes'), { recursive: true });
    writeFileSync(join(root, '404.html'), 'root not found');
    writeFileSync(join(root, 'es', '404.html'), 'es not found');
    writeFileSync(join(root, 'es', 'causes', 'index.html'), 'es causes');
    server = await startStaticServer(root);
  });
  afterAll(() => server.close());

  it.each([
    ['/es/no-such-page/', 'es not found'],
    ['/es/no-such-page', 'es not found'],
    ['/es/causes/no-such-cause/', 'es not found'],
    ['/es/a/b/c.html', 'es not found'],
    ['/no-such-page/', 'root not found'],
    ['/esx/', 'root not found'],
    ['/ja/no-such-page/', 'root not found'],
  ])('%s gets the nearest 404.html with status 404', async (path, body) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(body);
  });

  it('a page that exists is still served', async () => {
    const res = await fetch(`${server.url}/es/causes/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('es causes');
  });
});
