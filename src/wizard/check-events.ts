/**
 * How live check results reach the wizard: a DOM event on the document, so the checks runner and
 * the wizard stay separate bundles that never import each other.
 *
 *   import { sendCheckResult } from '../wizard/check-events';
 *   sendCheckResult(document, result);   // any CheckResult, any time after the page loaded
 *
 * The wizard validates every result it receives (the detail of a DOM event is untrusted).
 */
import { CHECK_IDS } from '../config/check-rules';
import { CHECK_STATUSES, type CheckResult } from '../checks/types';

export const CHECK_RESULT_EVENT = 'shc:check-result';

export function sendCheckResult(doc: Document, result: CheckResult): void {
  doc.dispatchEvent(new CustomEvent<CheckResult>(CHECK_RESULT_EVENT, { detail: result }));
}

export function isCheckResult(value: unknown): value is CheckResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (CHECK_IDS as readonly unknown[]).includes(v.id) &&
    (CHECK_STATUSES as readonly unknown[]).includes(v.status) &&
    typeof v.summary === 'string' &&
    typeof v.detail === 'string' &&
    Array.isArray(v.causes) &&
    v.causes.every((c) => typeof c === 'string')
  );
}
