/**
 * Everything product-specific lives here. Re-targeting the help center at another product is an
 * edit of this file plus the content in `content/`.
 */
import type { CheckId } from './check-rules';

interface StatusComponent {
  /** The provider's component id. Match on ids: names repeat (status.openai.com has two "Login"). */
  readonly id: string;
  /** As the status page names it (for people reading this file). */
  readonly name: string;
}

export interface StatusApiConfig {
  /**
   * Response shape: incident.io's public widget feed (`/api/v1/summary`), or Atlassian Statuspage
   * v2 `summary.json` (also what incident.io's compatibility layer at `/api/v2/` imitates).
   */
  readonly kind: 'incident-io' | 'statuspage';
  readonly url: string;
  /**
   * The product's own components. An incident that names only other components is not the
   * visitor's problem; one that names none of them at all is reported as "cannot tell".
   */
  readonly components: readonly StatusComponent[];
  /** incident.io names each affected component's group: any component in this group counts as the product's too (new ones appear). */
  readonly group?: string;
  /**
   * Minutes a status result is reused on this device by the wizard and /check/. incident.io asks
   * widget integrators to cache ("The response itself is highly cacheable":
   * https://docs.incident.io/status-pages/widget-api); a few minutes keeps a visitor who moves
   * between the two pages from asking again, and is short enough to see an incident begin or end.
   */
  readonly reuseMinutes: number;
}

/** The limits the live checks judge by. Every one has a reason and, where one exists, a source in `thresholdTable()`. */
interface Thresholds {
  /** Clock skew (seconds) past which the clock check warns: a little off, may break sign-in codes. */
  readonly clockWarningSeconds: number;
  /** Clock skew (seconds) past which the clock check reports a problem: far enough off to break sign-in. */
  readonly clockProblemSeconds: number;
  /** Every live check must settle within this many milliseconds. */
  readonly checkTimeoutMs: number;
  /** A browser release older than this many days counts as outdated. */
  readonly browserOutdatedDays: number;
  /** Timer gap (ms) that means the device slept while the page was open. */
  readonly sleepGapMs: number;
}

/** A limit as pages and docs show it: its value, a one-line reason, and the sources the reason rests on (empty when it is our own judgement, which the reason then says). */
export interface Threshold {
  readonly value: number;
  readonly unit: 'seconds' | 'ms' | 'minutes' | 'days';
  readonly reason: string;
  readonly sources: readonly string[];
}

/** The site-wide limits plus the time limits inside single checks (constants at the end of this file). */
export type ThresholdName =
  | keyof Thresholds
  | 'statusReuseMinutes'
  | 'clockRequestMs'
  | 'networkProbeMs'
  | 'blockerSettleMs'
  | 'blockerScriptMs'
  | 'blockerControlMs'
  | 'storageIdbMs'
  | 'storagePersistedMs'
  | 'statusMarginMs';

export interface SiteConfig {
  /** Name of this help center, shown in the header and page titles. */
  readonly siteName: string;
  /** Canonical origin, used for Open Graph URLs. The `SITE_URL` environment variable overrides it at build time. */
  readonly siteUrl: string;
  readonly product: {
    readonly name: string;
    readonly maker: string;
    /** Where the visitor signs back in. */
    readonly appUrl: string;
    /** The exact message this help center is about. */
    readonly message: string;
  };
  /** Human status page, linked whenever the status API cannot be read. */
  readonly statusPageUrl: string;
  readonly statusApi: StatusApiConfig;
  readonly supportUrl: string;
  /** Limits the live checks judge by (numbers only: they ship to the browser). Why each one is where it is: `thresholdTable()` below. */
  readonly thresholds: Thresholds;
}

export const site: SiteConfig = {
  siteName: 'Session Help Center',
  siteUrl: 'https://session-help.example.org',
  product: {
    name: 'ChatGPT',
    maker: 'OpenAI',
    appUrl: 'https://chatgpt.com/',
    message: 'Your session has expired',
  },
  statusPageUrl: 'https://status.openai.com/',
  // status.openai.com runs on incident.io. Its widget feed names each affected component's group,
  // so every ChatGPT component counts by `group`; the two that sign-in and conversations depend on
  // are also listed by id, for feeds that give ids only (the Statuspage compatibility layer).
  // Where each id comes from, and what is unconfirmed: docs/status-feed.md.
  statusApi: {
    kind: 'incident-io',
    url: 'https://status.openai.com/api/v1/summary',
    group: 'ChatGPT',
    components: [
      { id: '01JMXBNJXGV1T5GT2M9XA83XNG', name: 'Conversations' },
      { id: '01JMXBNJXG1S2D9V65P1ZZTD94', name: 'Login' },
    ],
    reuseMinutes: 3,
  },
  supportUrl: 'https://help.openai.com/',
  thresholds: {
    clockWarningSeconds: 120,
    clockProblemSeconds: 300,
    checkTimeoutMs: 3000,
    browserOutdatedDays: 180,
    sleepGapMs: 60_000,
  },
};

/*
 * Time limits inside single checks. Plain exported numbers on purpose: the bundler inlines them
 * into each check, so keeping them here costs the browser nothing. Reasons: `thresholdTable()`.
 */
/** clock: one HEAD request; a slower answer pins the server's time too loosely to be worth keeping. */
export const CLOCK_REQUEST_MS = 700;
/** network: the request that confirms "online" is real. */
export const NETWORK_PROBE_MS = 1500;
/** blockers: how long a blocker gets to hide the bait element. */
export const BLOCKER_SETTLE_MS = 400;
/** blockers: how long the bait script gets to load. */
export const BLOCKER_SCRIPT_MS = 2000;
/** blockers: the control request that tells "blocked" from "offline". */
export const BLOCKER_CONTROL_MS = 1000;
/** storage: how long IndexedDB gets to answer a write and read. */
export const STORAGE_IDB_MS = 1500;
/** storage: how long `navigator.storage.persisted()` gets. */
export const STORAGE_PERSISTED_MS = 500;
/** service-status: the margin left inside `checkTimeoutMs`, so the check can say itself what went wrong. */
export const STATUS_MARGIN_MS = 300;

/**
 * Every limit the checks judge by, with its value, a one-line reason and the sources it rests on
 * (none when it is our own judgement, which the reason then says). Build-time only: pages, docs
 * and tests call it. A function, so that bundling the browser scripts drops all of this text.
 */
export function thresholdTable(): Readonly<Record<ThresholdName, Threshold>> {
  const OWN = 'Our own judgement (no outside source):';
  const t = site.thresholds;
  return {
    clockWarningSeconds: {
      value: t.clockWarningSeconds,
      unit: 'seconds',
      reason:
        'Up to about two minutes is normal drift: one-time codes allow a 30-second step plus a step or two of drift, and a common browser sign-in library allows 60 seconds; past it, codes and short-lived checks may fail.',
      sources: ['https://datatracker.ietf.org/doc/html/rfc6238#section-6', 'https://github.com/auth0/auth0.js/pull/1062'],
    },
    clockProblemSeconds: {
      value: t.clockProblemSeconds,
      unit: 'seconds',
      reason:
        'Five minutes is the widest clock difference sign-in software commonly allows (Kerberos, Microsoft’s token checks); past it, tokens and security checks that read the device clock can look expired or not yet valid; hours or days off also makes dated cookies expire on arrival and secure sites fail their certificate dates.',
      sources: [
        'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-kile/c427eaf8-72ae-4e4d-aeea-109263de7eee',
        'https://learn.microsoft.com/en-us/dotnet/api/microsoft.identitymodel.tokens.tokenvalidationparameters.defaultclockskew',
        'https://developers.cloudflare.com/turnstile/troubleshooting/client-side-errors/error-codes/',
        'https://www.rfc-editor.org/rfc/rfc6265#section-5.3',
        'https://raw.githubusercontent.com/mozilla-firefox/firefox/main/toolkit/content/neterror/supportpages/time-errors.html',
      ],
    },
    checkTimeoutMs: {
      value: t.checkTimeoutMs,
      unit: 'ms',
      reason: `${OWN} three seconds per check keeps the page answering within a few seconds on a slow phone connection; a check still waiting then says it could not tell.`,
      sources: [],
    },
    browserOutdatedDays: {
      value: t.browserOutdatedDays,
      unit: 'days',
      reason:
        'Chrome ships a new version every four weeks, so 180 days is about six versions behind, past the point where sign-in fixes reach it; the exact cut is our own judgement.',
      sources: ['https://chromiumdash.appspot.com/schedule'],
    },
    sleepGapMs: {
      value: t.sleepGapMs,
      unit: 'ms',
      reason: `${OWN} a page timer that fires a minute or more late means the device slept or froze the tab; busy moments delay timers by far less.`,
      sources: [],
    },
    clockRequestMs: {
      value: CLOCK_REQUEST_MS,
      unit: 'ms',
      reason: `${OWN} a slower round trip makes the server’s moment uncertain by over a third of a second, and four requests still fit in the check’s time limit.`,
      sources: [],
    },
    networkProbeMs: {
      value: NETWORK_PROBE_MS,
      unit: 'ms',
      reason: `${OWN} a same-origin request slower than this counts as no connection, well inside the check’s time limit.`,
      sources: [],
    },
    blockerSettleMs: {
      value: BLOCKER_SETTLE_MS,
      unit: 'ms',
      reason: `${OWN} blockers hide matching elements within moments of their appearing; this gives them time without slowing the page.`,
      sources: [],
    },
    blockerScriptMs: {
      value: BLOCKER_SCRIPT_MS,
      unit: 'ms',
      reason: `${OWN} a small same-origin script not loaded by then counts as not answering, not as blocked.`,
      sources: [],
    },
    blockerControlMs: {
      value: BLOCKER_CONTROL_MS,
      unit: 'ms',
      reason: `${OWN} the control request only tells offline from blocked, so a short wait is enough.`,
      sources: [],
    },
    storageIdbMs: {
      value: STORAGE_IDB_MS,
      unit: 'ms',
      reason: `${OWN} some browsers never answer IndexedDB in some modes; past this the check says it did not answer.`,
      sources: [],
    },
    storagePersistedMs: {
      value: STORAGE_PERSISTED_MS,
      unit: 'ms',
      reason: `${OWN} a browser that knows whether storage is persistent answers at once; a late answer is left out, not guessed.`,
      sources: [],
    },
    statusReuseMinutes: {
      value: site.statusApi.reuseMinutes,
      unit: 'minutes',
      reason:
        'incident.io asks whoever embeds its status feed to cache it (“the response itself is highly cacheable”); a few minutes spares the provider and still shows an incident beginning or ending.',
      sources: ['https://docs.incident.io/status-pages/widget-api'],
    },
    statusMarginMs: {
      value: STATUS_MARGIN_MS,
      unit: 'ms',
      reason: `${OWN} leaves the status request time to fail on its own terms before the check limit cuts it off.`,
      sources: [],
    },
  };
}

/**
 * The limits each /check/ card names in its details, in the card's words, each with its reason
 * and sources from `thresholdTable()`. Build-time only, a function for the same reason.
 */
export function checkLimits(): Partial<Record<CheckId, readonly { readonly label: string; readonly threshold: Threshold }[]>> {
  const t = site.thresholds;
  const table = thresholdTable();
  const limit = (name: ThresholdName, label: string) => ({ label, threshold: table[name] });
  return {
    clock: [
      limit('clockWarningSeconds', `Warning from ${t.clockWarningSeconds / 60} minutes off`),
      limit('clockProblemSeconds', `Problem from ${t.clockProblemSeconds / 60} minutes off`),
    ],
    browser: [limit('browserOutdatedDays', `Outdated after ${t.browserOutdatedDays} days`)],
    network: [limit('sleepGapMs', `Slept when a timer is ${t.sleepGapMs / 1000} seconds late`)],
    'service-status': [limit('statusReuseMinutes', `Asked again after ${site.statusApi.reuseMinutes} minutes`)],
  };
}
