/**
 * The live check ids (part of the product contract, docs/contract.md: `data-check` attributes and
 * report links use them) and what each check's findings mean. Kept apart from the checks' words
 * (checks.ts), so the wizard, which never shows them, does not ship them.
 */
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

/** What each check means for the product: what its findings point to, and how the wizard gets it. */
export interface CheckRule {
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
const saved = (maxAgeDays: number, sameBrowser: boolean) => ({ saved: { maxAgeDays, sameBrowser } });

export const CHECK_RULES: Record<CheckId, CheckRule> = {
  cookies: { causes: ['cleared-cookies'], inWizard: saved(7, true) },
  storage: { causes: ['cleared-cookies', 'private-browsing'], inWizard: saved(7, false) },
  'private-mode': { causes: ['private-browsing'], inWizard: LIVE },
  clock: { causes: ['clock-skew'], inWizard: LIVE },
  network: { causes: ['network-changes'], inWizard: saved(1, true) },
  blockers: { causes: ['browser-extensions'], inWizard: saved(7, true) },
  browser: { causes: ['app-bugs'], inWizard: saved(30, true) },
  'service-status': { causes: ['server-maintenance'], inWizard: LIVE },
  persistence: { causes: ['cleared-cookies'], inWizard: saved(30, false) },
};

/** Id of the element `<ChecksConfig />` renders the status API endpoints on. */
export const CHECKS_CONFIG_ID = 'checks-config';

/** Id of the JSON block `<ChecksConfig />` writes the live checks' words in, in the page's language. */
export const CHECK_TEXT_JSON_ID = 'check-text';
