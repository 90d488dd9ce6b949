/**
 * The live checks behind the wizard: they start when the wizard opens and each result goes to the
 * wizard as a `shc:check-result` event, where it pre-answers the question it settles. Only the
 * checks some question listens to are run, and the checks code is loaded lazily so the question
 * shows first.
 */
import { CHECK_INFO, type CheckId } from '../config/checks';
import { sendCheckResult } from '../wizard/check-events';
import { questionMeta, QUESTION_IDS } from '../wizard/steps';

/** Checks named by a question's `detect` rules in the machine and allowed on the wizard's pages. */
export function wizardCheckIds(): CheckId[] {
  const ids = QUESTION_IDS.flatMap((id) => questionMeta(id)?.detect?.map((rule) => rule.check) ?? []);
  return [...new Set(ids)].filter((id) => CHECK_INFO[id].inWizard !== false);
}

export async function startWizardChecks(win: Window & typeof globalThis, only: readonly CheckId[] = wizardCheckIds()): Promise<void> {
  try {
    // The runner and the environment only, not the checks' index (which also carries the report code).
    const [{ runChecks }, { browserEnv }] = await Promise.all([import('../checks/run'), import('../checks/browser-env')]);
    await runChecks(browserEnv(win), { only: [...only], onResult: (result) => sendCheckResult(win.document, result) });
  } catch {
    // The checks' code could not load (flaky network, a blocker): the wizard simply asks every
    // question itself, as it does with JavaScript off.
  }
}
