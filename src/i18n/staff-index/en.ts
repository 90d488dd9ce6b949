/**
 * The staff index's words in English (/answers/): the page, its groups, the one-line summaries of
 * the fixed article sections and the ready reply sentences (src/config/staff-index.ts, the
 * English source). Spanish and Japanese `satisfies` this type; the build fills in titles.
 */
import type { ArticleSection } from '../../config/article-sections';
import { REPLIES, SECTION_SUMMARIES } from '../../config/staff-index';
import { STAFF_BROWSER_EN, type StaffBrowserWords } from './browser-en';

type Reply1 = (a: string) => string;
type Reply2 = (a: string, b: string) => string;

/** A page of the tools group: its title, summary, and the sentence in front of its link. */
interface ToolWords {
  readonly title: string;
  readonly summary: string;
  readonly reply: string;
}

export interface StaffWords {
  readonly page: {
    readonly title: string;
    readonly description: string;
    readonly breadcrumb: string;
    readonly lede: (count: number) => string;
    readonly filterLabel: string;
    readonly filterPlaceholder: string;
    readonly groups: string;
    /** `{query}`: what was typed. */
    readonly none: string;
  };
  readonly browser: StaffBrowserWords;
  readonly sectionSummaries: Readonly<Record<ArticleSection, string>>;
  /** The summary of a section whose first sentence could not be found. */
  readonly partOf: Reply1;
  readonly replies: {
    readonly cause: Reply1;
    readonly section: Reply2;
    readonly fixedSection: Readonly<Record<ArticleSection, Reply1>>;
    readonly other: Reply1;
    readonly message: Reply1;
    readonly faq: Reply2;
    readonly checklistItem: Reply1;
    readonly wizardResult: Reply1;
  };
  readonly groups: {
    readonly other: string;
    readonly messages: string;
    readonly faq: string;
    readonly wizard: string;
    readonly tools: string;
  };
  /** Extra filter words per group, as people in this language type them. */
  readonly keywords: {
    readonly messages: readonly string[];
    readonly faq: readonly string[];
    readonly prevent: readonly string[];
    readonly wizard: readonly string[];
    readonly tools: readonly string[];
  };
  readonly checklist: ToolWords;
  readonly diagnose: ToolWords;
  readonly check: ToolWords;
  readonly causes: ToolWords;
  /** The wizard's "no single cause stands out" result. */
  readonly unclear: { readonly title: string; readonly summary: string };
}

export const en: StaffWords = {
  page: {
    title: 'Answer links for support staff',
    description: 'Every answer in the help center with its permanent link and a one-line summary, ready to paste into a ticket reply.',
    breadcrumb: 'Answer links',
    lede: (count) =>
      `All ${count} linkable answers: each cause, every section of every article, and every question. Links are permanent; paste them into tickets.`,
    filterLabel: 'Filter answers',
    filterPlaceholder: 'e.g. vpn, incognito, fix',
    groups: 'Groups',
    none: 'No answer matches “{query}”. Try one word, such as “vpn” or “cookies”.',
  },
  browser: STAFF_BROWSER_EN,
  sectionSummaries: SECTION_SUMMARIES,
  partOf: (title) => `Part of “${title}”.`,
  replies: {
    cause: REPLIES.cause,
    section: REPLIES.section,
    fixedSection: REPLIES.fixedSection,
    other: REPLIES.other,
    message: REPLIES.message,
    faq: REPLIES.faq,
    checklistItem: REPLIES.checklistItem,
    wizardResult: REPLIES.wizardResult,
  },
  groups: {
    other: 'Not a sign-in problem',
    messages: 'Messages, word for word',
    faq: 'Questions and answers',
    wizard: 'Diagnosis results',
    tools: 'Tools and overviews',
  },
  keywords: {
    messages: ['message', 'error', 'wording', 'exact'],
    faq: ['faq', 'question'],
    prevent: ['prevent', 'checklist', 'stop'],
    wizard: ['diagnose', 'wizard', 'result'],
    tools: ['tool'],
  },
  checklist: {
    title: 'Prevention checklist',
    summary: 'The short list of settings and habits that prevent most sign-outs.',
    reply: REPLIES.page('This short checklist stops most of these sign-outs:'),
  },
  diagnose: {
    title: 'Diagnose my problem',
    summary: 'A few questions that lead to the cause that fits, with live checks in the browser.',
    reply: REPLIES.page('This short questionnaire finds the cause with you and checks your browser as it goes:'),
  },
  check: {
    title: 'Check my browser',
    summary: 'Live checks for cookies, storage, private mode, the clock, network, blockers and browser age.',
    reply: REPLIES.page('This page checks your browser for the usual causes; nothing leaves your device:'),
  },
  causes: {
    title: 'Every cause',
    summary: 'All the causes of the message, one line each.',
    reply: REPLIES.page('Here is every known cause, one line each:'),
  },
  unclear: {
    title: 'No single cause stands out',
    summary: 'Your answers don’t point clearly to one cause; the likeliest are listed below, and the live browser check can tell more.',
  },
};
