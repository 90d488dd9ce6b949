/**
 * The enhanced wizard's state: one machine snapshot (src/wizard/session.ts), the only copy. A new
 * step replaces it; a live finding goes through the machine (`CHECK.RESULT`), so the snapshot's
 * context holds every finding heard so far. Whoever draws or reads the wizard asks `current()`.
 */
import { isCheckResult } from '../wizard/check-events';
import { withCheck, type WizardSnapshot } from '../wizard/session';

/** What changed: a new step (drawn as an arrival, its heading focused) or a finding on the same step. */
export type WizardChange = 'step' | 'finding';

export interface WizardStore {
  current(): WizardSnapshot;
  /** Show another step (an answer, Back/Forward, Change, Start again). */
  arrive(next: WizardSnapshot): void;
  /** Take a live check result into account (an event's detail is untrusted, so it is checked). */
  receive(result: unknown): void;
}

/** `changed` is called after every change (to draw it). */
export function wizardStore(initial: WizardSnapshot, changed: (change: WizardChange) => void): WizardStore {
  let snapshot = initial;
  return {
    current: () => snapshot,
    arrive(next) {
      snapshot = next;
      changed('step');
    },
    receive(result) {
      if (!isCheckResult(result)) return;
      snapshot = withCheck(snapshot, result);
      changed('finding');
    },
  };
}
