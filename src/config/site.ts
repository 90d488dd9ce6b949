/**
 * Everything product-specific lives here. Re-targeting the help center at another product is an
 * edit of this file plus the content in `content/`.
 */
export interface StatusApiConfig {
  /** Response shape: Atlassian Statuspage v2 `summary.json`, or an incident.io widget. */
  readonly kind: 'statuspage' | 'incident-io';
  readonly url: string;
}

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
  readonly thresholds: {
    /** Clock skew (seconds) past which the clock check reports a problem. */
    readonly clockSkewSeconds: number;
    /** Every live check must settle within this many milliseconds. */
    readonly checkTimeoutMs: number;
    /** A browser release older than this many days counts as outdated. */
    readonly browserOutdatedDays: number;
    /** Timer gap (ms) that means the device slept while the page was open. */
    readonly sleepGapMs: number;
  };
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
  statusApi: { kind: 'statuspage', url: 'https://status.openai.com/api/v2/summary.json' },
  supportUrl: 'https://help.openai.com/',
  thresholds: {
    clockSkewSeconds: 90,
    checkTimeoutMs: 3000,
    browserOutdatedDays: 180,
    sleepGapMs: 60_000,
  },
};
