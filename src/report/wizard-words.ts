/**
 * The wizard's words for report ids, made at build time from its data (src/wizard/tree.ts, and the
 * outcome names of src/wizard/outcome-title.ts: a cause's is its article's label; not its state
 * machine): written into /report/ and served as /report/words.json.
 */
import { QUESTIONS, RESULTS } from '../wizard/tree';
import { outcomeTitle } from '../wizard/outcome-title';
import type { ReportWords } from './words';

export function wizardWords(): ReportWords {
  const questions = Object.entries(QUESTIONS) as [string, { question: string; answers: readonly { id: string; label: string }[] }][];
  return {
    questions: Object.fromEntries(questions.map(([id, q]) => [id, q.question])),
    answers: Object.fromEntries(questions.flatMap(([id, q]) => q.answers.map((a) => [`${id}:${a.id}`, a.label]))),
    results: Object.fromEntries(Object.keys(RESULTS).map((id) => [id, outcomeTitle(id)])),
  };
}
