/**
 * The one CSP exception: pages that run the live checks may connect to the status provider.
 * Every other page keeps `connect-src 'self'` (astro.config.mjs). Astro applies a directive
 * inserted by a page (not by a component), so each such page calls `Astro.csp.insertDirective`.
 */
import { site } from '../config/site';

export const STATUS_CONNECT_SRC = `connect-src 'self' ${new URL(site.statusApi.url).origin}` as const;
