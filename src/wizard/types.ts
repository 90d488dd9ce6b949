/**
 * The shapes the wizard's parts share: the tree as data (questions, answers, the evidence each
 * answer gives), the machine's state `meta`, its context and events, and the answer records that
 * travel in URLs.
 */
import type { CauseSlug } from '../config/causes';
import type { CheckId } from '../config/checks';
import type { OtherTopic } from '../config/other-topics';
import type { CheckResult, CheckStatus } from '../checks/types';

/** Where a wizard can end: a cause article, a "not a sign-in problem" page, or "unclear". */
export type OutcomeId = CauseSlug | OtherTopic | 'unclear';

/**
 * How much an answer or a live finding speaks for (positive) or against (negative) each outcome.
 * Scores add up; the highest wins. Rough scale: 1 hints, 2 supports, 3–4 points clearly, 5 names
 * the outcome outright (a message that only one thing shows); −2 and below argue against.
 */
export type Weights = Partial<Record<OutcomeId, number>>;

/** The answers given so far, by question id: what a route's `if` is tested against. */
export type Facts = Readonly<Record<string, string>>;

/** One way on from an answer: to `go` when every question named in `if` got one of the listed answers. */
export interface Route {
  readonly if?: Readonly<Record<string, readonly string[]>>;
  /** A question id, or `RANK` (./tree.ts): stop asking and rank the outcomes. */
  readonly go: string;
}

/** One possible answer to a question, as the tree holds it (its words: src/i18n/wizard/). */
interface AnswerShape {
  readonly id: string;
  /** Where it leads: a question id or `RANK`, or routes tried in order (the last has no `if`). */
  readonly next: string | readonly Route[];
  readonly weights: Weights;
}

/** An answer with its English label. */
interface AnswerMeta extends AnswerShape {
  readonly label: string;
}

/**
 * A live check that can settle a question (one with a yes-or-no core: a question with many
 * possibly true answers takes findings in the ranking only). The question is then asked as a confirmation:
 * "We found that … Is that right?", with "Yes, that's right" (`answer`) and "No, that's wrong"
 * (`otherwise`).
 */
export interface DetectRule {
  readonly check: CheckId;
  readonly statuses: readonly CheckStatus[];
  /** The answer the finding points to. */
  readonly answer: string;
  /** The answer "No, that's wrong" gives. */
  readonly otherwise: string;
  /** Completes "We found that …". */
  readonly text: string;
}

/** A question as the tree holds it: ids, routes and weights, no words (src/i18n/wizard/en-questions.ts has them). */
export interface QuestionShape {
  readonly link?: { readonly to: 'statusPage' };
  readonly answers: readonly AnswerShape[];
  readonly detect?: readonly Omit<DetectRule, 'text'>[];
  readonly paste?: boolean;
}

/** A question with its English words, as the build and Node see it. */
export interface QuestionData {
  readonly question: string;
  /** A line under the question, where the question alone may not be enough. */
  readonly help?: string;
  /** A link that helps answer, by name of a URL in the site configuration. */
  readonly link?: { readonly label: string; readonly to: 'statusPage' };
  readonly answers: readonly AnswerMeta[];
  readonly detect?: readonly DetectRule[];
  /** Offer a box to paste the exact message (with JavaScript). */
  readonly paste?: boolean;
}

export interface QuestionMeta extends QuestionData {
  readonly kind: 'question';
}

export interface ResultData {
  /** The cause article this result points to (null for a topic or for "unclear"). */
  readonly cause: CauseSlug | null;
  /** The "not a sign-in problem" page it points to, if any. */
  readonly topic?: OtherTopic;
}

export interface ResultMeta extends ResultData {
  readonly kind: 'result';
}

/**
 * What a result page says (src/wizard/outcomes.ts). Its short name, e.g. "Idle too long", is the
 * cause article's front-matter `label` for a cause (src/build/cause-labels.ts), else `title`.
 */
interface OutcomeCopy {
  /** One sentence, at most 160 characters: the lede and the staff index line. */
  readonly summary: string;
  /** Why answers like these point here, in general (the visitor's own reasons come first). */
  readonly because: string;
  /** The fix in short; the article's "Fix it now" section has the full steps. */
  readonly fix: readonly string[];
}

/** A "not a sign-in problem" outcome or "unclear" has no article label, so it names itself. */
interface NamedOutcomeCopy extends OutcomeCopy {
  readonly title: string;
}

/** Every outcome's words: a cause's without a name of its own (its article names it). */
export type OutcomesCopy = { readonly [K in OutcomeId]: K extends CauseSlug ? OutcomeCopy : NamedOutcomeCopy };

export type StepMeta = QuestionMeta | ResultMeta;

/** One answered question: the question's state id and the chosen answer's id. */
export interface AnswerRecord {
  readonly step: string;
  readonly answer: string;
  /**
   * The live findings the question was asked about ("We found that … Is that right?") when it was
   * answered in this page. Absent when none was shown (or the answer came from a link): only a
   * finding the visitor saw can be confirmed or called wrong. Never part of a URL.
   */
  readonly asked?: readonly CheckId[];
}

export type CheckResults = Partial<Record<CheckId, CheckResult>>;

export interface WizardContext {
  answers: AnswerRecord[];
  checks: CheckResults;
}

export type WizardEvent = { type: 'ANSWER'; answer: string } | { type: 'CHECK.RESULT'; result: CheckResult } | { type: 'RESTART' };
