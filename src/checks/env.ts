/**
 * What a live check may touch, passed in rather than taken from globals, so every check runs
 * in Node tests with fakes and in Chromium with the real browser (see `browser-env.ts`).
 */
import type { Locale } from '../config/locales';
import type { SiteConfig, StatusApiConfig } from '../config/site';
import type { LiveWords } from '../i18n/checks/en-live';
import type { NetworkLog } from './network-log';
import type { CheckResult } from './types';

/** The parts of the site configuration the checks read. */
export interface ChecksConfig {
  /** The product people are signed out of (named in results). */
  readonly productName: string;
  /** Who runs the product and its status page (an incident elsewhere is "theirs", not the product's). */
  readonly makerName: string;
  readonly statusApi: StatusApiConfig;
  readonly statusPageUrl: string;
  readonly thresholds: SiteConfig['thresholds'];
}

export interface PrivateModeVerdict {
  readonly isPrivate: boolean;
  readonly browserName: string;
}

export interface BrowserInfo {
  readonly name?: string | undefined;
  readonly version?: string | undefined;
  readonly osName?: string | undefined;
  readonly osVersion?: string | undefined;
  readonly platform?: string | undefined;
}

/**
 * Browser release dates baked in at build time from browserslist's caniuse-lite data:
 * `agents[agent][version]` = release day (days since 1970-01-01, UTC).
 */
export interface ReleaseData {
  /** Day the site was built (the data is as fresh as this). */
  readonly builtDay: number;
  readonly agents: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface CheckEnv {
  /** Storage and style APIs. Reading `localStorage` etc. may throw when the browser blocks them. */
  readonly window: Pick<Window, 'localStorage' | 'sessionStorage' | 'indexedDB' | 'getComputedStyle'>;
  readonly document: Pick<Document, 'cookie' | 'createElement' | 'body' | 'head'>;
  readonly navigator: Pick<Navigator, 'cookieEnabled' | 'onLine' | 'userAgent'> & {
    readonly storage?: Pick<StorageManager, 'persisted'> | undefined;
  };
  /** `location.origin` and `location.href` of the page running the checks. */
  readonly origin: string;
  readonly href: string;
  readonly fetch: typeof fetch;
  /** Wall clock in ms (Date.now): the device's idea of the time. */
  readonly now: () => number;
  /** Monotonic ms (performance.now): for measuring durations. */
  readonly monotonic: () => number;
  readonly setTimeout: (fn: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
  /** A fresh random token (letters and digits). */
  readonly token: () => string;
  readonly config: ChecksConfig;
  /** detectincognitojs (loaded lazily in the browser). */
  readonly detectPrivateMode: () => Promise<PrivateModeVerdict>;
  /** bowser (loaded lazily in the browser). */
  readonly parseUserAgent: (userAgent: string) => Promise<BrowserInfo>;
  readonly loadReleases: () => Promise<ReleaseData>;
  /** Connection and sleep events recorded since the page opened. */
  readonly networkLog: NetworkLog;
  /** The language results are written in (the page's; English when absent). */
  readonly locale?: Locale;
  /** The runner's and live checks' words in that language, as the page carries them (loaded from the bundle when absent). */
  readonly liveWords?: LiveWords;
}

export interface CheckContext {
  /** Aborted when the runner gives up on the check (time limit): stop work, abort fetches. */
  readonly signal: AbortSignal;
}

export type Check = (env: CheckEnv, ctx: CheckContext) => Promise<CheckResult>;
