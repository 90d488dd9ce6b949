/**
 * The wizard's words in English, and the shape every language's table has (`WizardWords`). The
 * questions, their answers, the reasons and the outcomes stay in English where the tree keeps them
 * (src/wizard/tree.ts, reasons.ts, outcomes.ts): `./index.ts` assembles the English table from
 * them, so English has one source. The types below are made from the tree's ids, so a question,
 * answer, live-check confirmation or outcome missing from a translation fails `astro check`.
 *
 * Words with a `{slot}` are filled by `fill` (./fill.ts); every language keeps the same slots.
 */
import type { CauseSlug } from '../../config/causes';
import type { Locale } from '../../config/locales';
import type { TreeShape } from '../../wizard/tree';
import type { OutcomesCopy } from '../../wizard/types';
// English words used only with a result, a damaged link or the paste box live with the code that
// loads them then, so the code every question page loads does not carry them.
import type { NOTICE_COPY } from '../../wizard/notices';
import type { PASTE_WORDS } from '../../wizard/paste-copy';
import type { RESULT_WORDS } from '../../wizard/result-words';

type Tree = TreeShape;
type Rules<Q extends keyof Tree> = Tree[Q] extends { readonly detect: readonly (infer R)[] } ? R : never;
/** `check=answer` for each live-check confirmation of question Q ("We found that …"). */
type DetectKey<Q extends keyof Tree> =
  Rules<Q> extends { readonly check: infer C extends string; readonly answer: infer A extends string } ? `${C}=${A}` : never;

/** One question's words: the question, its help line and status link if it has them, each answer, each confirmation. */
type QuestionWords<Q extends keyof Tree> = {
  readonly question: string;
  readonly answers: { readonly [A in Tree[Q]['answers'][number]['id']]: string };
  /** A line under the question, where the question alone may not be enough (a test holds every language to English's). */
  readonly help?: string;
} & (Tree[Q] extends { readonly link: object } ? { readonly link: string } : unknown) &
  ([Rules<Q>] extends [never] ? unknown : { readonly detect: { readonly [K in DetectKey<Q>]: string } });

export type QuestionsWords = { readonly [Q in keyof Tree]: QuestionWords<Q> };

/** `question=answer` for every answer in the tree. */
type AnswerKey = { [Q in keyof Tree]: `${Q & string}=${Tree[Q]['answers'][number]['id']}` }[keyof Tree];

/** What each answer tells us, for "why we think so" ('' for answers that tell nothing). */
type ReasonsWords = Readonly<Record<AnswerKey, string>>;

/** The words around the questions: on every question page, with and without JavaScript. */
export const ui = {
  heading: 'Diagnose my problem',
  answeredOne: 'Your answer so far',
  answeredMany: 'Your {n} answers so far',
  change: 'Change',
  pasteLabel: 'Or paste the exact message you see',
  pasteButton: 'Find my answer',
  copySummary: 'Copy a summary for support',
  confirm: 'We found that {text}. Is that right?',
  yesRight: 'Yes, that’s right',
  noWrong: 'No, that’s wrong',
  foundBy: 'What the live check saw',
  progressLast: 'Question {n}, the last one',
  progressOf: 'Question {n} of at most {max}',
  progressLastLeft: 'Last question',
  progressLeft: 'At most {left} questions to go',
};

/** Words only the static pages print. */
export const page = {
  intro: 'Answer a few questions and we will point you to the most likely cause and its fix. It takes about a minute.',
  restart: 'Start again',
};

/** The interface words, the same keys in every language (strings only: they travel as JSON). */
export interface ChromeWords {
  readonly ui: { readonly [K in keyof typeof ui]: string };
  readonly page: { readonly [K in keyof typeof page]: string };
  readonly notices: { readonly problems: { readonly [K in keyof typeof NOTICE_COPY.problems]: string }; readonly restart: string };
  readonly paste: { readonly [K in keyof typeof PASTE_WORDS]: string };
  readonly result: { readonly [K in Exclude<keyof typeof RESULT_WORDS, 'kicker'>]: string } & {
    readonly kicker: { readonly [K in keyof typeof RESULT_WORDS.kicker]: string };
  };
}

/** One language's table: everything the wizard says. */
export interface WizardWords extends ChromeWords {
  readonly questions: QuestionsWords;
  readonly reasons: ReasonsWords;
  readonly outcomes: OutcomesCopy;
}

/**
 * What a wizard page carries for the browser, in its language (JSON in a <template>):
 * the question words and the interface; the result words load with a result (./load.ts).
 */
export interface PageWords extends Pick<WizardWords, 'questions' | 'ui' | 'notices' | 'paste'> {
  readonly locale: Locale;
  /** Each cause's name: its article's label in this language. */
  readonly causes: Readonly<Record<CauseSlug, string>>;
}

/** Everything a result drawn in the browser needs: the page's words and the result words. */
export type LocalWords = PageWords & Pick<WizardWords, 'result' | 'reasons' | 'outcomes'>;

/** The id of the `<template>` holding a wizard page's `PageWords` as JSON. */
export const WIZARD_WORDS_ID = 'wizard-words';
