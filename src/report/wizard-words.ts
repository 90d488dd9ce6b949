/**
 * The wizard's words for report ids, made at build time from its data (src/wizard/tree.ts, and the
 * outcome names of src/wizard/outcome-title.ts: a cause's is its article's label; not its state
 * machine): written into /report/ and served as /report/words.json, and in another language
 * (`words`: its table, src/i18n/wizard/) as /<locale>/report/words.json.
 */
import { RESULTS } from '../wizard/tree';
import { outcomeTitle } from '../wizard/outcome-title';
import { questionText } from '../wizard/lang';
import { QUESTION_IDS, questionMeta } from '../wizard/steps';
import type { LocalWords } from '../i18n/wizard/en';
import type { ReportWords } from './words';

export function wizardWords(words?: LocalWords): ReportWords {
  const questions = QUESTION_IDS.map((id) => [id, questionText(id, words)!, questionMeta(id)!] as const);
  return {
    questions: Object.fromEntries(questions.map(([id, t]) => [id, t.question])),
    answers: Object.fromEntries(questions.flatMap(([id, t, meta]) => meta.answers.map((a) => [`${id}:${a.id}`, t.answer(a.id)]))),
    results: Object.fromEntries(Object.keys(RESULTS).map((id) => [id, outcomeTitle(id, words)])),
  };
}
