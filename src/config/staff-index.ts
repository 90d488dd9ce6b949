/**
 * Copy for the staff index (served at /answers/): the one-line summaries of the fixed article
 * sections, and the ready-made reply sentences a support agent pastes in front of a link.
 */
import type { ArticleSection } from './article-sections';

/** What each fixed section of a cause article is for (the same in every article). */
export const SECTION_SUMMARIES: Readonly<Record<ArticleSection, string>> = {
  'is-this-you': 'Signs that this is the cause, and where to look if it is not.',
  'why-it-happens': 'What is going on behind the message, in plain words.',
  'fix-it-now': 'Steps to get signed back in now without losing anything.',
  'stop-it-happening-again': 'Settings and habits that stop it coming back.',
  'keep-your-work-safe': 'How to keep typed text and chats safe when it happens.',
};

/** Sentences in front of the link for "Copy reply". The link itself follows on the same line. */
export const REPLIES = {
  // The link's preview shows the summary, so the sentence does not repeat it.
  cause: (title: string) => `From what you describe, this looks like the cause in our guide “${title}”. The step-by-step fix:`,
  section: (section: string, causeTitle: string) => `This part of our guide “${causeTitle}” should help (“${section}”):`,
  fixedSection: {
    'is-this-you': (causeTitle: string) => `To check whether this is what is happening to you, see the signs listed in “${causeTitle}”:`,
    'why-it-happens': (causeTitle: string) => `Here is why this happens (“${causeTitle}”):`,
    'fix-it-now': (causeTitle: string) => `These steps should get you signed back in (“${causeTitle}”):`,
    'stop-it-happening-again': (causeTitle: string) => `To stop it happening again, these settings and habits help (“${causeTitle}”):`,
    'keep-your-work-safe': (causeTitle: string) => `So you don’t lose work when it happens, see “${causeTitle}”:`,
  } satisfies Readonly<Record<ArticleSection, (causeTitle: string) => string>>,
  other: (title: string) => `This isn’t a sign-in problem. What the message means and what to do (“${title}”):`,
  message: (message: string) => `What the message “${message}” means, and the answer that fits it:`,
  faq: (question: string, summary: string) => `${question} ${summary} More detail:`,
  checklistItem: (action: string) => `One thing that helps: ${action.charAt(0).toLowerCase()}${action.slice(1)}. Why, and how:`,
  page: (summary: string) => `${summary}`,
  wizardResult: (title: string) => `Going by your answers, the most likely cause is “${title}”. This page explains why and what to do:`,
} as const;
