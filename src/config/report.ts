/** Settings of the shareable report (src/report/). */

/**
 * How long the wizard's answers saved on this device (src/wizard/last-result.ts) go into a report
 * made on /check/: a day, because answers from the same day most likely describe the problem being
 * checked now, while older ones may be about an earlier, different one.
 */
export const WIZARD_ANSWERS_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** The wizard's words for report ids as JSON (src/pages/report/words.json.ts). */
export const REPORT_WORDS_JSON = '/report/words.json';
