/** The wizard's own words around the questions and results (those live in the machine's meta). */

export const WIZARD_COPY = {
  heading: 'Diagnose my problem',
  answered: (n: number) => (n === 1 ? 'Your answer so far' : `Your ${n} answers so far`),
  change: 'Change',
  pasteLabel: 'Or paste the exact message you see',
  pasteButton: 'Find my answer',
  copySummary: 'Copy a summary for support',
  confirm: (text: string) => `We found that ${text}. Is that right?`,
  yesRight: 'Yes, that’s right',
  noWrong: 'No, that’s wrong',
  foundBy: 'What the live check saw',
  progressKnown: (n: number, max: number) => (n === max ? `Question ${n}, the last one` : `Question ${n} of at most ${max}`),
  progressUnknown: (left: number) => (left === 1 ? 'Last question' : `At most ${left} questions to go`),
} as const;

/** Words only the static pages print (build time): kept out of the object the browser loads. */
export const WIZARD_PAGE_COPY = {
  intro: 'Answer a few questions and we will point you to the most likely cause and its fix. It takes about a minute.',
  restart: 'Start again',
} as const;
