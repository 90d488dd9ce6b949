/**
 * What the wizard says about a link it could not use, in English (a translated page carries its
 * own in its words block: src/i18n/wizard/). Loaded only when that happens (a damaged or outdated
 * link), so question pages do not carry these words.
 */
import type { RestoreProblem } from './session';

/** The damaged-link notice. */
const NOTICE_WORDS = {
  problems: {
    unreadable: 'We couldn’t read the answers in that link: it may have been cut short or changed.',
    'unknown-step': 'That link names a question we don’t have: it may be from an older version of this page.',
    'unknown-answer': 'That link holds an answer we don’t recognise: it may be from an older version of this page.',
    'wrong-page': 'The answers in that link don’t lead to this question: the link may have been changed.',
  },
  restart: 'So we have started again from the first question.',
};

export const NOTICE_COPY: { readonly problems: Readonly<Record<RestoreProblem, string>>; readonly restart: string } = NOTICE_WORDS;
