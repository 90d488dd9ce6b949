/**
 * The shapes the wizard's parts share: the machine's state `meta` (questions and results as data),
 * its context and events, and the answer records that travel in URLs.
 */
import type { CauseSlug } from '../config/causes';
import type { CheckId } from '../config/checks';
import type { CheckResult, CheckStatus } from '../checks/types';

/** One possible answer to a question. `next` is the state it leads to (question or result). */
export interface AnswerMeta {
  readonly id: string;
  readonly label: string;
  readonly next: string;
  /** What this answer tells us, as one sentence for "why we think so". */
  readonly says: string;
}

/** A live check that can settle a question: its result is shown as "We detected … — correct?". */
export interface DetectRule {
  readonly check: CheckId;
  readonly statuses: readonly CheckStatus[];
  /** The answer the check points to. */
  readonly answer: string;
  /** Completes "We detected that …". */
  readonly text: string;
}

export interface QuestionMeta {
  readonly kind: 'question';
  readonly question: string;
  readonly help: string;
  /** A link that helps answer, by name of a URL in the site configuration. */
  readonly link?: { readonly label: string; readonly to: 'statusPage' };
  readonly answers: readonly AnswerMeta[];
  readonly detect?: readonly DetectRule[];
  /** Offer a box to paste the exact message (with JavaScript). */
  readonly paste?: boolean;
}

export interface ResultMeta {
  readonly kind: 'result';
  /** The cause article this result points to; null for "no single cause stands out". */
  readonly cause: CauseSlug | null;
  /** Short name of the outcome, e.g. "Idle too long". */
  readonly title: string;
}

/** What a result page says (src/wizard/outcomes.ts), apart from its title. */
export interface OutcomeCopy {
  /** One sentence, at most 160 characters: the lede and the staff index line. */
  readonly summary: string;
  /** Why answers like these point here (shown on every visit, also without JavaScript). */
  readonly because: string;
  /** The fix in short; the article's "Fix it now" section has the full steps. */
  readonly fix: readonly string[];
  /** "Still happening?": the next most likely results, best first. */
  readonly next: readonly string[];
}

export type StepMeta = QuestionMeta | ResultMeta;

/** One answered question: the question's state id and the chosen answer's id. */
export interface AnswerRecord {
  readonly step: string;
  readonly answer: string;
}

export type CheckResults = Partial<Record<CheckId, CheckResult>>;

export interface WizardContext {
  answers: AnswerRecord[];
  checks: CheckResults;
}

export type WizardEvent =
  | { type: 'ANSWER'; answer: string }
  | { type: 'CHECK.RESULT'; result: CheckResult }
  | { type: 'RESTART' };
