/**
 * The wizard's words for the ids a report carries: question texts, answer labels and result
 * titles. A report link holds ids only; whatever shows or copies it writes these words itself, so
 * a forged link can never put text on the page. The words are made at build time
 * (./wizard-words.ts) and reach the browser as data: /report/ has them in the page, /check/ fetches
 * them with its report code (importing the wizard's data here would split it out of the wizard's
 * own first JavaScript into a shared chunk, which costs the wizard its budget).
 */
export interface ReportWords {
  /** question id → question text */
  readonly questions: Readonly<Record<string, string>>;
  /** "question id:answer id" → answer label */
  readonly answers: Readonly<Record<string, string>>;
  /** result id → result title */
  readonly results: Readonly<Record<string, string>>;
}

export const NO_WORDS: ReportWords = { questions: {}, answers: {}, results: {} };

/** Words from JSON (the page's data block or /report/words.json): only string values are kept; anything else gives none. */
export function parseWords(json: string): ReportWords {
  try {
    const parsed = JSON.parse(json) as Partial<Record<keyof ReportWords, unknown>>;
    const strings = (o: unknown): Record<string, string> =>
      typeof o === 'object' && o !== null ? Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'string')) : {};
    return { questions: strings(parsed.questions), answers: strings(parsed.answers), results: strings(parsed.results) };
  } catch {
    return NO_WORDS;
  }
}

const own = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

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
