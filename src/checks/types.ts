/** The contract every live check fulfils (SPEC "Live checks"). */
import type { CauseSlug } from '../config/causes';
import type { CheckId } from '../config/checks';

export type CheckStatus = 'ok' | 'warning' | 'problem' | 'unknown';

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** One short sentence, shown next to the status. */
  summary: string;
  /** What it means for the session problem, and what was measured. */
  detail: string;
  /** Causes this result points to (empty when it found nothing). */
  causes: CauseSlug[];
}
