/**
 * Astro integration: each language's "page not found" page where static hosts look for it.
 * Astro writes `/404` as `dist/404.html` but `/es/404` as `dist/es/404/index.html`; hosts such as
 * Cloudflare Pages serve the nearest `404.html` up the requested path
 * (https://developers.cloudflare.com/pages/configuration/serving-pages/, "Not Found behavior"),
 * so after the build the file moves to `dist/<locale>/404.html`.
 */
import { renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TRANSLATED_LOCALES } from '../config/locales';

/** Where Astro writes a language's 404 page, and where it belongs (paths inside dist/). */
const localized404Moves = (): ReadonlyArray<{ from: string; to: string }> =>
  TRANSLATED_LOCALES.map((l) => ({ from: `${l}/404/index.html`, to: `${l}/404.html` }));

export const localized404 = (): AstroIntegration => ({
  name: 'localized-404',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const dist = fileURLToPath(dir);
      for (const { from, to } of localized404Moves()) {
        renameSync(`${dist}${from}`, `${dist}${to}`);
        rmdirSync(`${dist}${from.replace(/\/index\.html$/, '')}`);
      }
    },
  },
});
