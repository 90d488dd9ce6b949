/** The wizard's own words around the questions and results (those live in the machine's meta). */
import type { RestoreProblem } from './session';

export const WIZARD_COPY = {
  heading: 'Diagnose my problem',
  answered: 'Your answers',
  change: 'Change',
  pasteLabel: 'Or paste the exact message you see',
  pasteButton: 'Find my answer',
  resultLead: 'Most likely cause',
  copySummary: 'Copy a summary of your answers',
  copied: 'Summary copied',
  copyFailed: 'Could not copy. Select the summary and copy it yourself.',
  summaryLabel: 'Summary for support',
  checkAgrees: 'the live check agrees',
  /** In front of the /report/#… link appended to the support summary. */
  reportLink: 'Diagnostic report (opens read-only in any browser):',
  checkFound: 'The live check found:',
  checkAlsoFound: 'The live check also found:',
  resultAnnounce: (title: string) => `Result: most likely cause, ${title}.`,
  detected: (text: string) => `We detected that ${text}. Is that right?`,
  detectedBy: 'Found by the live check',
  detectedAnswer: 'detected',
  progressKnown: (n: number, max: number) => (n === max ? `Question ${n}, the last one` : `Question ${n} of at most ${max}`),
  progressUnknown: (left: number) => (left === 1 ? 'Last question' : `At most ${left} questions to go`),
  notices: {
    unreadable: 'We couldn’t read the answers in that link: it may have been cut short or changed.',
    'unknown-step': 'That link names a question we don’t have: it may be from an older version of this page.',
    'unknown-answer': 'That link holds an answer we don’t recognise: it may be from an older version of this page.',
    'wrong-page': 'The answers in that link don’t lead to this question: the link may have been changed.',
  } satisfies Record<RestoreProblem, string>,
  noticeRestart: 'So we have started again from the first question.',
} as const;

/** Words only the static pages print (build time): kept out of the object the browser loads. */
export const WIZARD_PAGE_COPY = {
  intro: 'Answer a few questions and we will point you to the most likely cause and its fix. It takes about a minute.',
  restart: 'Start again',
} as const;

