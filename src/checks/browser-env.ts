/**
 * The real browser as a CheckEnv. Heavy helpers (bowser, detectincognitojs, the release-date
 * table) are loaded with dynamic import() the first time a check needs them, so they are not in
 * the page's first-paint JavaScript.
 *
 * The status API endpoints come from the page (`<ChecksConfig />` renders them from
 * src/config/site.ts into data attributes), falling back to the bundled site config. Only the
 * HTML the site serves can set them; nothing in the URL can point the check at another host.
 * The results' language is the page's (`<html lang>`), and `<ChecksConfig>` writes the runner's
 * and live checks' words in it as JSON beside the endpoints.
 */
import { CHECKS_CONFIG_ID, CHECK_TEXT_JSON_ID } from '../config/check-rules';
import { LOCALES, type Locale } from '../config/locales';
import { site, type StatusApiConfig } from '../config/site';
import type { LiveWords } from '../i18n/checks/en-live';
import type { BrowserInfo, CheckEnv, ChecksConfig } from './env';
import type { NetworkLog } from './network-log';
import { safeHttpUrl } from './util';

function readChecksConfig(doc: Pick<Document, 'getElementById'>): ChecksConfig {
  const el = doc.getElementById(CHECKS_CONFIG_ID);
  const url = safeHttpUrl(el?.dataset.statusApiUrl);
  const kind = el?.dataset.statusApiKind;
  const pageUrl = safeHttpUrl(el?.dataset.statusPageUrl);
  const statusApi: StatusApiConfig =
    url && (kind === 'statuspage' || kind === 'incident-io') ? { ...site.statusApi, kind, url } : site.statusApi;
  return {
    productName: site.product.name,
    makerName: site.product.maker,
    statusApi,
    statusPageUrl: pageUrl ?? site.statusPageUrl,
    thresholds: site.thresholds,
  };
}

/** The page's language, from `<html lang>` (English for any other). */
export const pageLocale = (doc: Pick<Document, 'documentElement'>): Locale => LOCALES.find((l) => l === doc.documentElement.lang) ?? 'en';

/** The live words the page carries (a JSON block the build writes); none if missing or damaged. */
function readLiveWords(doc: Pick<Document, 'getElementById'>): LiveWords | undefined {
  try {
    const parsed: unknown = JSON.parse(doc.getElementById(CHECK_TEXT_JSON_ID)?.textContent ?? 'null');
    const ok = typeof parsed === 'object' && parsed !== null && ['runner', 'privateMode', 'clock', 'status'].every((k) => k in parsed);
    return ok ? (parsed as LiveWords) : undefined; // written by the build from the typed tables
  } catch {
    return undefined;
  }
}

/** The page's window, with its own Date (Playwright's clock and other frames replace it there). */
export type BrowserWindow = Window & typeof globalThis;

function randomToken(win: Window): string {
  const bytes = win.crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** What bowser finds in a user agent; bowser (~7.5 KB) loads on the first call. */
async function parseUserAgent(userAgent: string): Promise<BrowserInfo> {
  const { default: Bowser } = await import('bowser');
  const p = Bowser.parse(userAgent);
  return { name: p.browser.name, version: p.browser.version, osName: p.os.name, osVersion: p.os.version, platform: p.platform.type };
}

/**
 * `networkLog`: what the page recorded since it opened (/check/ starts one at load, see
 * browser-network-log.ts). Pages that do not run the network check pass none and pay nothing.
 */
export function browserEnv(
  win: BrowserWindow,
  networkLog: NetworkLog = { startedAt: win.Date.now(), events: () => [], stop: () => {} },
): CheckEnv {
  const live = readLiveWords(win.document);
  return {
    window: win,
    document: win.document,
    navigator: win.navigator,
    origin: win.location.origin,
    href: win.location.href,
    fetch: (input, init) => win.fetch(input, init),
    now: () => win.Date.now(),
    monotonic: () => win.performance.now(),
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (h) => win.clearTimeout(h as number),
    token: () => randomToken(win),
    config: readChecksConfig(win.document),
    detectPrivateMode: async () => (await import('detectincognitojs')).detectIncognito(),
    parseUserAgent,
    loadReleases: async () => (await import('virtual:browser-releases')).default,
    networkLog,
    locale: pageLocale(win.document),
    ...(live ? { liveWords: live } : {}),
  };
}
