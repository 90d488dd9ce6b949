/**
 * The wizard's words for the ids a report carries: question texts, answer labels and result
 * titles. A report link holds ids only; whatever shows or copies it writes these words itself, so
 * a forged link can never put text on the page. Built from the wizard's data (src/wizard/tree.ts
 * and outcomes.ts), not from its state machine, so code that only writes reports stays small.
 */
import { QUESTIONS } from '../wizard/tree';
import { OUTCOMES } from '../wizard/outcomes';

export interface ReportWords {
  /** question id → question text */
  readonly questions: Readonly<Record<string, string>>;
  /** "question id:answer id" → answer label */
  readonly answers: Readonly<Record<string, string>>;
  /** result id → result title */
  readonly results: Readonly<Record<string, string>>;
}

export const NO_WORDS: ReportWords = { questions: {}, answers: {}, results: {} };

export function wizardWords(): ReportWords {
  const questions = Object.entries(QUESTIONS) as [string, { question: string; answers: readonly { id: string; label: string }[] }][];
  return {
    questions: Object.fromEntries(questions.map(([id, q]) => [id, q.question])),
    answers: Object.fromEntries(questions.flatMap(([id, q]) => q.answers.map((a) => [`${id}:${a.id}`, a.label]))),
    results: Object.fromEntries(Object.entries(OUTCOMES).map(([id, o]) => [id, o.title])),
  };
}

const own = (table: Readonly<Record<string, string>>, key: string): string | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

export interface AnswersInWords {
  /** Question and answer in words, in the order given. */
  readonly shown: { readonly question: string; readonly answer: string }[];
  /** Answers these words do not know (a wizard question since changed): counted, never shown as ids. */
  readonly unknown: number;
}

export function answersInWords(answers: Readonly<Record<string, string>>, words: ReportWords): AnswersInWords {
  const shown: { question: string; answer: string }[] = [];
  let unknown = 0;
  for (const [q, a] of Object.entries(answers)) {
    const question = own(words.questions, q);
    const answer = own(words.answers, `${q}:${a}`);
    if (question && answer) shown.push({ question, answer });
    else unknown++;
  }
  return { shown, unknown };
}

export const resultInWords = (result: string, words: ReportWords): string | undefined => own(words.results, result);

/** Said for what a report carries but this version of the site has no words for. */
export const UNKNOWN_WORDS = {
  answers: (n: number) => `${n === 1 ? 'One answer' : `${n} answers`} to a question this site no longer asks (not shown)`,
  result: 'a result this version of the site does not know',
} as const;
