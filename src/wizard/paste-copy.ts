/**
 * The paste box's words once it has been used, in English (other languages: src/i18n/wizard/). In
 * a module of their own, not in WIZARD_COPY (./copy.ts): they load with the box's code
 * (src/browser/wizard-paste.ts) when it is first used, not with every question page.
 */
import { pasteCopy } from '../i18n/wizard/fill';

/** The paste box's words once it has been used. */
export const PASTE_WORDS = {
  empty: 'Paste or type the message first.',
  reading: 'Looking it up…',
  recognised: 'Recognised: “{wording}”.',
  searching: 'We don’t know that exact wording yet: searching for its words instead.',
};

export const PASTE_COPY = pasteCopy(PASTE_WORDS);
