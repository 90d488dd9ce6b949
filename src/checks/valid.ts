/**
 * The one test of "is this a check result?", for every result that arrives from outside the type
 * system: what a check returned (the runner), a DOM event's detail (the wizard) and what storage
 * gives back (saved results, the reused status). Eager wizard code (the 'check-events' chunk
 * group), so it imports config and types only, never the checks.
 */
import { CHECK_IDS, CHECK_RULES, type CheckId } from '../config/check-rules';
import { CHECK_STATUSES, type CheckResult } from './types';

/** Well-formed, of a known check (of `id`, when given), pointing only to the causes that check may name. */
export function isCheckResult(value: unknown, id?: CheckId): value is CheckResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (!(CHECK_IDS as readonly unknown[]).includes(v.id) || (id !== undefined && v.id !== id)) return false;
  const allowed = CHECK_RULES[v.id as CheckId].causes as readonly unknown[];
  return (
    (CHECK_STATUSES as readonly unknown[]).includes(v.status) &&
    typeof v.summary === 'string' &&
    typeof v.detail === 'string' &&
    Array.isArray(v.causes) &&
    v.causes.every((c) => allowed.includes(c))
  );
}
