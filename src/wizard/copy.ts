/** The wizard's own words around the questions and results, in English (./../i18n/wizard/en.ts; other languages: ../i18n/wizard/). */
import { page, ui } from '../i18n/wizard/en';
import { uiCopy } from '../i18n/wizard/fill';

export const WIZARD_COPY = uiCopy(ui);

/** Words only the static pages print (build time): kept out of the object the browser loads. */
export const WIZARD_PAGE_COPY = page;
