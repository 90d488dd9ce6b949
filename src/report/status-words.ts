/** A check status in words and as an icon (shared by /check/'s rows and /report/; kept apart so neither loads the other's code). */
import type { CheckStatus } from '../checks/types';

export const STATUS_WORDS: Record<CheckStatus, string> = { ok: 'OK', warning: 'Warning', problem: 'Problem', unknown: 'Unknown' };

export const STATUS_ICONS: Record<CheckStatus, string> = { ok: '✓', warning: '!', problem: '✗', unknown: '?' };
