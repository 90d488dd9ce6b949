/**
 * How live check results reach the wizard: a DOM event on the document, so the checks runner and
 * the wizard stay separate bundles that never import each other.
 *
 *   import { sendCheckResult } from '../wizard/check-events';
 *   sendCheckResult(document, result);   // any CheckResult, any time after the page loaded
 *
 * The wizard validates every result it receives (the detail of a DOM event is untrusted).
 */
import type { CheckResult } from '../checks/types';

/** The wizard's test of an event's detail (the same one the runner and storage use). */
export { isCheckResult } from '../checks/valid';

export const CHECK_RESULT_EVENT = 'shc:check-result';

export function sendCheckResult(doc: Document, result: CheckResult): void {
  doc.dispatchEvent(new CustomEvent<CheckResult>(CHECK_RESULT_EVENT, { detail: result }));
}
