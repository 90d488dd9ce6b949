/**
 * Why a check could not tell, in English words: the report's words (src/i18n/report/en.ts), which
 * the /report/ page, the copied report text and the wizard's support summary all use, so an
 * "unknown" reads the same everywhere.
 */
import type { UnknownReason } from '../checks/types';

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
