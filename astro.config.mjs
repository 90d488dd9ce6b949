// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { headingLinks } from './src/build/heading-links.ts';
import { untranslatedLinks } from './src/build/untranslated-links.ts';
import { site } from './src/config/site.ts';
import { redirects } from './src/config/redirects.ts';
import { browserReleasesPlugin } from './src/build/browser-releases.ts';
import { wizardTreeCheck } from './src/build/wizard-tree-check.ts';
import { causeLabelsPlugin } from './src/build/cause-labels.ts';
import { localized404 } from './src/build/localized-404.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/config/locales.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? site.siteUrl,
  output: 'static',
  trailingSlash: 'always',
  // English at the root, every other language under its prefix (/es/…, /ja/…): docs/i18n.md.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Moved URLs keep working: see src/config/redirects.ts.
  redirects,
  // The stylesheet travels inside each page: first paint needs no second request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // No code blocks in help articles; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [headingLinks, untranslatedLinks] }),
  },
  // A broken wizard tree stops the build with every problem named (src/wizard/validate.ts).
  integrations: [mdx(), wizardTreeCheck(), localized404()],
  // Strict CSP as a <meta> on every page: Astro hashes its own scripts and styles, so no
  // 'unsafe-inline'. Pagefind's search runs WebAssembly ('wasm-unsafe-eval'). Pages may talk to
  // their own origin only; the wizard and check pages add the status API (src/build/csp.ts).
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
  // Baked in at build time: browser release dates for the live `browser` check, and the causes'
  // short names (their articles' `label`) for wizard results drawn in place.
  vite: {
    plugins: [browserReleasesPlugin(), causeLabelsPlugin()],
    // Imported constants (the checks' time limits in src/config/site.ts) are inlined where used, so
    // keeping them in the site config costs the browser nothing.
    build: { rolldownOptions: { optimization: { inlineConst: { mode: 'all', pass: 2 } } } },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // The live checks' small modules travel as three files instead of about twenty: each
              // file is compressed on its own, so many tiny ones cost more bytes (and requests) on a
              // phone. checks-core: the runner, shared by the wizard and /check/ and loaded after the
              // page (the wizard works without it); checks-live: the checks the wizard runs too;
              // checks-more: those only /check/ runs.
              codeSplitting: {
                groups: [
                  // Vite's dynamic-import helper, which every page with a lazy chunk needs, stays on its own.
                  { name: 'preload-helper', test: /preload-helper/, priority: 2 },
                  // What the wizard page needs at once (the check-result event, check ids, site
                  // config; and the rule for report ids, which /check/ reads at once): kept out of checks-core, which would otherwise take it along.
                  {
                    name: 'check-events',
                    test: /src[\\/](wizard[\\/]check-events|checks[\\/]valid|config[\\/](check-rules|site)|report[\\/]report-id)\.ts/,
                    priority: 2,
                  },
                  // Page addresses, languages and the element builder, which the search, wizard, check and report
                  // scripts all use: one small file rather than two (each file costs its own gzip
                  // overhead), and never inside a checks group (a group takes its members' imports
                  // along, and every page would load it).
                  // The page's language, its addresses in other languages, the reader of the words a page
                  // carries and the filler of their {slot}s travel with them (the checks use them too).
                  {
                    name: 'page-kit',
                    test: /src[\\/](common[\\/](urls|locale-path|page-json|fill)|browser[\\/]dom|config[\\/]locales)\.ts/,
                    priority: 2,
                  },
                  // Dates and durations in words, which the checks, /check/ and /report/ all use: for
                  // the same reason never inside a checks group.
                  { name: 'time-words', test: /src[\\/]common[\\/]time-words\.ts/, priority: 2 },
                  // The checks' names, which a wizard result shows: not inside checks-more either.
                  { name: 'check-words', test: /src[\\/]config[\\/]checks\.ts/, priority: 2 },
                  {
                    name: 'checks-core',
                    priority: 1,
                    test: /src[\\/]checks[\\/](run|browser-env|util|saved|registry)\.ts/,
                  },
                  {
                    name: 'checks-live',
                    priority: 1,
                    test: /src[\\/]checks[\\/](private-mode|clock|service-status|status-feed|status-judge)\.ts/,
                  },
                  {
                    name: 'checks-more',
                    priority: 1,
                    test: /src[\\/]checks[\\/](cookies|storage|network|network-log|browser-network-log|blockers|browser|browser-age|persistence)\.ts/,
                  },
                ],
              },
            },
          },
        },
      },
    },
  },
});
