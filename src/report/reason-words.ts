/**
 * Why a check could not tell, in words: the one table the /report/ page, the copied report text
 * and the wizard's support summary all use, so an "unknown" reads the same everywhere.
 */
import type { CheckStatus, UnknownReason } from '../checks/types';
import { STATUS_WORDS } from './status-words';

export const REASON_WORDS: Record<UnknownReason, string> = {
  timeout: 'timed out',
  crashed: 'stopped with an error',
  blocked: 'blocked by the browser',
  offline: 'the device was offline',
  'no-answer': 'the server it asks did not answer',
  'bad-answer': 'the answer could not be read',
  'needs-visit': 'waits for a second visit after a restart',
  unsupported: 'this browser is not one it can test',
};

/** "Problem", or "Unknown (timed out)" when an unknown says why. */
export const statusInWords = (status: CheckStatus, reason?: UnknownReason): string =>
  status === 'unknown' && reason && Object.hasOwn(REASON_WORDS, reason)
    ? `${STATUS_WORDS[status]} (${REASON_WORDS[reason]})`
    : STATUS_WORDS[status];
