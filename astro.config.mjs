// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { headingLinks } from './src/lib/heading-links.ts';
import { site } from './src/config/site.ts';
import { redirects } from './src/config/redirects.ts';
import { browserReleasesPlugin } from './src/lib/browser-releases.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? site.siteUrl,
  output: 'static',
  trailingSlash: 'always',
  // Moved URLs keep working: see src/config/redirects.ts.
  redirects,
  build: { format: 'directory' },
  markdown: {
    // No code blocks in help articles; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [headingLinks] }),
  },
  integrations: [mdx()],
  // Strict CSP as a <meta> on every page: Astro hashes its own scripts and styles, so no
  // 'unsafe-inline'. Pagefind's search runs WebAssembly ('wasm-unsafe-eval'). Pages may talk to
  // their own origin only; the wizard and check pages add the status API (src/lib/csp.ts).
  // Headers that a <meta> cannot carry (frame-ancestors) are in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Browser release dates for the live `browser` check, baked in at build time.
  // Imported constants (the checks' time limits in src/config/site.ts) are inlined where used, so
  // keeping them in the site config costs the browser nothing.
  vite: { plugins: [browserReleasesPlugin()], build: { rolldownOptions: { optimization: { inlineConst: { mode: 'all', pass: 2 } } } } },
});
