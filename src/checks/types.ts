/** The contract every live check fulfils (docs/contract.md). */
import type { CauseSlug } from '../config/causes';
import type { CheckId } from '../config/checks';

export type CheckStatus = 'ok' | 'warning' | 'problem' | 'unknown';

export const CHECK_STATUSES: readonly CheckStatus[] = ['ok', 'warning', 'problem', 'unknown'];

/** A link a result offers (an incident, the human status page, the two-visit return link). */
export interface CheckLink {
  readonly label: string;
  /** Always an absolute http(s) URL or a same-site path; renderers re-check this. */
  readonly href: string;
}

/**
 * Why a check could not tell ("unknown"), so the page and a report can say it in words:
 * timeout (took too long), crashed (failed with an error), blocked (the browser, a setting or an
 * extension refused what the check needs), offline (the device has no network), no-answer (a
 * server answered with an error), bad-answer (an answer in a shape we cannot read), needs-visit
 * (waits for a second visit, the restart check), unsupported (this browser lacks the feature).
 */
export const UNKNOWN_REASONS = [
  'timeout',
  'crashed',
  'blocked',
  'offline',
  'no-answer',
  'bad-answer',
  'needs-visit',
  'unsupported',
] as const;
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

/** Measured values a report link may carry (small, structured, never free text from elsewhere). */
export interface CheckData {
  /** Only on "unknown": why the check could not tell. */
  readonly reason?: UnknownReason;
  /** clock: device clock minus server clock, in whole seconds (positive = device ahead). */
  readonly skewSeconds?: number;
  /** browser: what bowser found. */
  readonly browserName?: string;
  readonly browserVersion?: string;
  readonly osName?: string;
  /** browser: days since the visitor's version was released. */
  readonly browserAgeDays?: number;
  /** persistence: the return link of the two-visit check. */
  readonly returnUrl?: string;
}

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** One short sentence, shown next to the status. */
  summary: string;
  /** What it means for the session problem, and what was measured. */
  detail: string;
  /** Causes this result points to (empty when it found nothing). */
  causes: CauseSlug[];
  /** Links worth following for this result (optional). */
  links?: CheckLink[];
  /** Measured values (optional; used by reports). */
  data?: CheckData;
}
