/**
 * The words around every result and in the support summary, in English (other languages:
 * src/i18n/wizard/; `{slots}` filled by src/i18n/wizard/fill.ts). Loaded with a result only.
 */
import { site } from '../config/site';

/** The words around every result and in the support summary. */
export const RESULT_WORDS = {
  kicker: {
    cause: 'Most likely cause',
    topic: 'Not a sign-in problem',
    unclear: 'Result',
    uncertain: 'Most likely cause, but not certain',
  },
  fix: 'Fix it in short',
  fixLink: 'Every step, for your browser',
  topicLink: 'Read the full answer',
  checkLink: 'Run the live browser check',
  why: 'Why we think so',
  whyNone: 'You opened this result directly, so there are no answers to go by.',
  also: 'Also possible',
  alsoLead: 'Your answers fit these too, best match first:',
  alsoUncertain: 'Your answers fit these almost as well, so try them too if the fix above does not help:',
  alsoNone: 'Not it? See every cause',
  support: 'Contact support',
  supportLead: 'If nothing here helps, contact support and tell them what you tried.',
  supportNoJs: 'Include the address of this page: it holds your answers.',
  supportLink: 'Contact support',
  copied: 'Summary copied',
  copyFailed: 'Could not copy. Select the summary and copy it yourself.',
  summaryLabel: 'Summary for support',
  changed: 'The live check found something new. {title}.',
  unclearLead: 'Nothing in your answers points to one cause. Common causes your answers do not rule out:',
  whyNothing: 'Your answers so far don’t point to one cause on their own.',
  reportLink: 'Diagnostic report (opens read-only in any browser):',
  checkAgrees: 'the live check agrees',
  checkFound: 'The live check found:',
  overruled: 'You told us this was wrong, so we left it out: “{finding}”',
  summaryTitle: `${site.siteName}: diagnosis summary`,
  stopped: 'Stopped at',
  link: 'Link',
  answers: 'Answers',
  none: '- (none given)',
  browser: 'Browser',
  browserOn: '{name} {version} on {os}',
  checks: 'Live checks',
};
