/**
 * Every language's wizard table (build time: the pages, /<locale>/report/words.json, the tests).
 * English is assembled from the modules that load its words when needed (./en.ts, ./en-questions.ts,
 * and the reasons, outcomes, result, notice and paste words in src/wizard/); every other language
 * is a table of its own (./es.ts, ./ja.ts) typed by `WizardWords` (./en.ts).
 */
import type { CauseSlug } from '../../config/causes';
import type { Locale } from '../../config/locales';
import { REASONS } from '../../wizard/reasons';
import { OUTCOMES } from '../../wizard/outcomes';
import { page, ui, type LocalWords, type PageWords, type WizardWords } from './en';
import { EN_QUESTIONS } from './en-questions';
import { NOTICE_COPY } from '../../wizard/notices';
import { PASTE_WORDS } from '../../wizard/paste-copy';
import { RESULT_WORDS } from '../../wizard/result-words';
import { es } from './es';
import { ja } from './ja';

const TABLES: Readonly<Record<Locale, WizardWords>> = {
  en: {
    ui,
    page,
    notices: NOTICE_COPY,
    paste: PASTE_WORDS,
    result: RESULT_WORDS,
    questions: EN_QUESTIONS,
    reasons: REASONS,
    outcomes: OUTCOMES,
  },
  es,
  ja,
};

/** Everything the wizard says in `locale`. */
export const wizardTable = (locale: Locale): WizardWords => TABLES[locale];

/** A language's words with its causes' names (their articles' labels, src/build/content.ts `causeLabelsIn`). */
export function localWords(locale: Locale, causes: Readonly<Record<CauseSlug, string>>): LocalWords {
  return { ...wizardTable(locale), locale, causes };
}

/** What a page carries for the browser (./en.ts `PageWords`): the rest loads with a result. */
export function pageWords(words: LocalWords): PageWords {
  const { locale, causes, questions, ui, notices, paste } = words;
  return { locale, causes, questions, ui, notices, paste };
}
