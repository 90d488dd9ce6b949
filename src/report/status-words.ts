/** A check status in words (shared by /check/'s rows and every report; kept apart so /check/ loads no report code for it). */
import type { CheckStatus } from '../checks/types';

export const STATUS_WORDS: Record<CheckStatus, string> = { ok: 'OK', warning: 'Warning', problem: 'Problem', unknown: 'Unknown' };
