/**
 * What the wizard says about a link it could not use. Loaded only when that happens (a damaged
 * or outdated link), so question pages do not carry these words.
 */
import type { RestoreProblem } from './session';

export const NOTICE_COPY = {
  problems: {
    unreadable: 'We couldn’t read the answers in that link: it may have been cut short or changed.',
    'unknown-step': 'That link names a question we don’t have: it may be from an older version of this page.',
    'unknown-answer': 'That link holds an answer we don’t recognise: it may be from an older version of this page.',
    'wrong-page': 'The answers in that link don’t lead to this question: the link may have been changed.',
  } satisfies Record<RestoreProblem, string>,
  restart: 'So we have started again from the first question.',
} as const;
