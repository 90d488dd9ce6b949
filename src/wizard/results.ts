/** Every wizard outcome with its permanent URL: for the staff index (/answers/) and for tests. */
import type { CauseSlug } from '../config/causes';
import { OUTCOMES } from './outcomes';
import { outcomeTitle } from './outcome-title';
import type { OutcomeId } from './types';
import { stepPath, RESULT_IDS, resultMeta } from './steps';

export interface WizardResultLink {
  readonly id: string;
  readonly title: string;
  /** One line, at most 160 characters. */
  readonly summary: string;
  /** Site-relative URL of the result page, e.g. /diagnose/result/clock-skew/. */
  readonly url: string;
  /** The cause article it points to (null for "no single cause stands out"). */
  readonly cause: CauseSlug | null;
}

export function wizardResults(): WizardResultLink[] {
  return RESULT_IDS.map((id) => {
    const meta = resultMeta(id)!;
    return { id, title: outcomeTitle(id), summary: OUTCOMES[id as OutcomeId].summary, url: stepPath(id), cause: meta.cause };
  });
}
