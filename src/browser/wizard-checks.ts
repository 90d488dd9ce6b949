/**
 * The live evidence behind the wizard: the checks it runs itself, and results an earlier /check/
 * run saved on this device (src/checks/saved.ts). Each result goes to the wizard as a
 * `shc:check-result` event, where it turns the question it settles into a confirmation and counts
 * in the ranking. The checks' code is loaded lazily, so the question shows first. Results are in
 * the page's language: the live checks' words come with the page (`<ChecksConfig locale>`), and
 * saved results are those a /check/ run in the same language kept.
 */
import { CHECK_IDS, CHECK_RULES, type CheckId } from '../config/check-rules';
import { sendCheckResult } from '../wizard/check-events';

/** The checks the wizard runs itself (the rest it takes from an earlier /check/ run). */
export const wizardCheckIds = (): CheckId[] => CHECK_IDS.filter((id) => 'live' in CHECK_RULES[id].inWizard);

export async function startWizardChecks(win: Window & typeof globalThis, only: readonly CheckId[] = wizardCheckIds()): Promise<void> {
  try {
    const [{ savedResults }, { runChecks }, { browserEnv, pageLocale }] = await Promise.all([
      import('../checks/saved'),
      import('../checks/run'),
      import('../checks/browser-env'),
    ]);
    let saved: ReturnType<typeof savedResults> = [];
    try {
      saved = savedResults(win.localStorage, win.Date.now(), win.navigator.userAgent, pageLocale(win.document));
    } catch {
      // Storage blocked: nothing saved to reuse.
    }
    for (const result of saved) sendCheckResult(win.document, result);
    await runChecks(browserEnv(win), { only: [...only], onResult: (result) => sendCheckResult(win.document, result) });
  } catch {
    // The checks' code could not load (flaky network, a blocker): the wizard simply asks every
    // question itself, as it does with JavaScript off.
  }
}
