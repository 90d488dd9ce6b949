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
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [headingLinks] }),
  },
  integrations: [mdx()],
  // Browser release dates for the live `browser` check, baked in at build time.
  vite: { plugins: [browserReleasesPlugin()] },
});
