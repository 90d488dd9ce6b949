/** The live check ids (part of the product contract, docs/contract.md: `data-check` attributes and report links use them). */
import type { CauseSlug } from './causes';

export const CHECK_IDS = [
  'cookies',
  'storage',
  'private-mode',
  'clock',
  'network',
  'blockers',
  'browser',
  'service-status',
  'persistence',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export const isCheckId = (value: unknown): value is CheckId =>
  typeof value === 'string' && (CHECK_IDS as readonly string[]).includes(value);

export interface CheckInfo {
  /** Short name shown on /check/ and in reports. */
  readonly label: string;
  /** What the check looks at, in plain words. */
  readonly looksFor: string;
  /** The causes a finding of this check points to (the product contract). */
  readonly causes: readonly CauseSlug[];
  /**
   * How the wizard gets this finding. `live`: it runs the check itself (the checks that settle the
   * common questions, within the wizard's 35 KB JavaScript budget with XState). `saved`: it reuses
   * what an earlier /check/ run stored on this device (src/checks/saved.ts) while it is younger
   * than `maxAgeDays` and, if `sameBrowser`, found by this same browser version. Saved ones:
   * `browser` (bowser and the release table alone are ~9 KB), `persistence` (it needs a restart
   * between two visits), and `cookies`, `storage`, `network` and `blockers` (about 1 KB each:
   * together over the budget, and each settles a question the wizard also asks).
   */
  readonly inWizard: { readonly live: true } | { readonly saved: { readonly maxAgeDays: number; readonly sameBrowser: boolean } };
}

const LIVE = { live: true } as const;

export const CHECK_INFO: Record<CheckId, CheckInfo> = {
  cookies: { label: 'Cookies', looksFor: 'whether this browser really keeps a cookie it is given', causes: ['cleared-cookies'], inWizard: { saved: { maxAgeDays: 7, sameBrowser: true } } },
  storage: { label: 'Site storage', looksFor: 'whether local storage, session storage and IndexedDB work and persist', causes: ['cleared-cookies', 'private-browsing'], inWizard: { saved: { maxAgeDays: 7, sameBrowser: false } } },
  'private-mode': { label: 'Private window', looksFor: 'whether this is likely a private or incognito window', causes: ['private-browsing'], inWizard: LIVE },
  clock: { label: 'Device clock', looksFor: 'whether your clock agrees with a server clock', causes: ['clock-skew'], inWizard: LIVE },
  network: { label: 'Network changes', looksFor: 'going offline, switching connection, or the device sleeping while the page is open', causes: ['network-changes'], inWizard: { saved: { maxAgeDays: 1, sameBrowser: true } } },
  blockers: { label: 'Content blockers', looksFor: 'signs of an ad or tracker blocker interfering with the page', causes: ['browser-extensions'], inWizard: { saved: { maxAgeDays: 7, sameBrowser: true } } },
  browser: { label: 'Browser version', looksFor: 'which browser you use and how old that version is', causes: ['app-bugs'], inWizard: { saved: { maxAgeDays: 30, sameBrowser: true } } },
  'service-status': { label: 'Service status', looksFor: 'an incident or maintenance reported on the public status page', causes: ['server-maintenance'], inWizard: LIVE },
  persistence: { label: 'Data kept after restart', looksFor: 'whether your browser wipes site data when it closes (needs two visits)', causes: ['cleared-cookies'], inWizard: { saved: { maxAgeDays: 30, sameBrowser: false } } },
};

/** Anchor of a check's row on /check/, so articles can link straight to it. */
export const checkAnchor = (id: CheckId): string => `check-${id}`;

/**
 * The `blockers` check's bait: a same-origin script (public/advertisement.js) whose path and
 * class names are on common filter lists. Nothing about them is real advertising.
 */
export const BLOCKER_BAIT = {
  scriptPath: '/advertisement.js',
  classNames: 'ad-banner adsbox ad-slot textads banner_ad pub_300x250',
} as const;

/** Id of the element `<ChecksConfig />` renders the status API endpoints on. */
export const CHECKS_CONFIG_ID = 'checks-config';
