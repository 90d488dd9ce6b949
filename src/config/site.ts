/**
 * Everything product-specific lives here. Re-targeting the help center at another product is an
 * edit of this file plus the content in `content/`.
 */
export interface StatusComponent {
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
    clockSkewSeconds: 90,
    checkTimeoutMs: 3000,
    browserOutdatedDays: 180,
    sleepGapMs: 60_000,
  },
};
