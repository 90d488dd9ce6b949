/** The built site's link graph: every internal link and #anchor resolves, and the URL contract holds. */
import { describe, expect, inject, it } from 'vitest';
import { fileForPath, htmlFiles, idsOf, page, pathOf } from '../helpers/dist';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { redirects } from '../../src/config/redirects';
import { OTHER_TOPICS } from '../../src/config/other-topics';

const CAUSES = CAUSE_SLUGS;
const CONTRACT_PAGES = [
  '/',
  '/causes/',
  '/faq/',
  '/prevent/',
  '/diagnose/',
  '/check/',
  '/search/',
  '/answers/',
  '/report/',
  '/messages/',
  '/404.html',
];

describe('internal links', () => {
  const files = htmlFiles();

  it('builds the pages the URL contract names', () => {
    for (const path of [...CONTRACT_PAGES, ...CAUSES.map((s) => `/causes/${s}/`), ...OTHER_TOPICS.map((t) => `/other/${t}/`)]) {
      expect(fileForPath(path), path).toBeDefined();
    }
  });

  it('every internal href reaches a page, and every #anchor an id on it', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const a of page(file).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, `http://site${pathOf(file)}`);
        const target = fileForPath(url.pathname);
        checked++;
        if (!target) {
          broken.push(`${file}: ${href} (no page)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !idsOf(target).has(anchor)) broken.push(`${file}: ${href} (no #${anchor} on ${target})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('ids are unique on every page', () => {
    for (const file of files) {
      const ids = page(file)
        .querySelectorAll('[id]')
        .map((el) => el.getAttribute('id'));
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, file).toEqual([]);
    }
  });
});

describe('served over HTTP', () => {
  const base = inject('baseURL');

  it.each(CAUSES)('/causes/%s/ answers 200 with its article', async (slug) => {
    const res = await fetch(`${base}/causes/${slug}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('id="fix-it-now"');
  });

  it('an unknown URL answers 404 with the helpful 404 page', async () => {
    const res = await fetch(`${base}/causes/no-such-cause/`);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('couldn’t find that page');
    expect(html).toContain('href="/diagnose/"');
    expect(html).toMatch(/<input[^>]+name="q"/);
  });

  it.each(Object.entries(redirects))('moved URL %s still reaches %s', async (from, to) => {
    const res = await fetch(`${base}${from}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    // Static hosts get a redirect page: meta refresh plus a canonical link to the new URL.
    expect(html).toMatch(new RegExp(`http-equiv="refresh" content="\\d+;url=${to}"`));
    expect(fileForPath(to)).toBeDefined();
  });
});
