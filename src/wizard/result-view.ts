/**
 * What a result page says: the outcome's words (./outcomes.ts), this visitor's reasons, and the
 * other candidates the answers did not rule out. Used to build result pages, and loaded by the
 * browser only when a visitor reaches a result in place.
 */
import { site } from '../config/site';
import { causeUrl, CAUSES_PATH, CHECK_PATH, otherUrl } from '../common/urls';
import { FIX_SECTION } from '../config/article-sections';
import { EXPLAIN_COPY, explainResult, resultKind } from './explain';
import { OUTCOMES } from './outcomes';
import { outcomeTitle } from './outcome-title';
import { rankOutcomes } from './rank';
import { resultMeta } from './steps';
import type { AnswerRecord, CheckResults, OutcomeId } from './types';

/** The words around every result (each result's own words are in ./outcomes.ts). */
export const RESULT_COPY = {
  kicker: { ...EXPLAIN_COPY.kind, uncertain: 'Most likely cause, but not certain' },
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
  alsoNoneHref: CAUSES_PATH,
  support: 'Contact support',
  supportLead: 'If nothing here helps, contact support and tell them what you tried.',
  supportNoJs: 'Include the address of this page: it holds your answers.',
  supportLink: 'Contact support',
  copied: 'Summary copied',
  copyFailed: 'Could not copy. Select the summary and copy it yourself.',
  summaryLabel: 'Summary for support',
  changed: (title: string) => `The live check found something new. ${title}.`,
  unclearLead: 'Nothing in your answers points to one cause. Common causes your answers do not rule out:',
  whyNothing: 'Your answers so far don’t point to one cause on their own.',
  /** In front of the /report/#… link appended to the support summary. */
  reportLink: 'Diagnostic report (opens read-only in any browser):',
} as const;

interface LinkView {
  readonly title: string;
  readonly summary: string;
  readonly href: string;
}

export interface ResultView {
  readonly step: string;
  /** For <title>, before the site name. */
  readonly pageTitle: string;
  readonly kicker: string;
  readonly title: string;
  readonly summary: string;
  readonly fix: readonly string[];
  /** The article's "Fix it now" section, the topic page, or the live check for "unclear". */
  readonly fixHref: string;
  readonly fixLabel: string;
  /** This visitor's reasons: answers and live findings (empty without answers). */
  readonly reasons: readonly string[];
  readonly overruled: readonly string[];
  readonly because: string;
  /** The other candidates the answers did not rule out, best first. */
  readonly also: readonly LinkView[];
  readonly alsoLead: string;
  /** Said under "Why we think so" when no answer or finding gives a reason. */
  readonly whyNone: string;
  /** The page holds answers (in its address), so it is worth sending to support. */
  readonly answered: boolean;
  readonly supportHref: string;
}

/** Where an outcome's full answer is. */
function outcomeUrl(id: OutcomeId): string {
  const meta = resultMeta(id)!;
  return meta.cause ? causeUrl(meta.cause) : meta.topic ? otherUrl(meta.topic) : CHECK_PATH;
}

export function resultView(step: string, answers: readonly AnswerRecord[] = [], checks: CheckResults = {}): ResultView {
  const id = step as OutcomeId;
  const meta = resultMeta(id)!;
  const copy = OUTCOMES[id];
  const ranking = answers.length ? rankOutcomes(answers, checks) : null;
  const { reasons, overruled } = explainResult(step, answers, checks);
  const kind = resultKind(id);
  const title = outcomeTitle(id);
  return {
    step,
    pageTitle: kind === 'unclear' ? title : `${RESULT_COPY.kicker[kind]}: ${title}`,
    kicker: kind === 'cause' && ranking?.uncertain ? RESULT_COPY.kicker.uncertain : RESULT_COPY.kicker[kind],
    title,
    summary: copy.summary,
    fix: copy.fix,
    fixHref: meta.cause ? causeUrl(meta.cause, FIX_SECTION) : outcomeUrl(id),
    fixLabel: meta.cause ? RESULT_COPY.fixLink : meta.topic ? RESULT_COPY.topicLink : RESULT_COPY.checkLink,
    reasons,
    overruled,
    because: copy.because,
    also: (ranking?.candidates ?? [])
      .filter((c) => c.id !== id)
      .map((c) => ({ title: outcomeTitle(c.id), summary: OUTCOMES[c.id].summary, href: outcomeUrl(c.id) })),
    alsoLead: kind === 'unclear' ? RESULT_COPY.unclearLead : ranking?.uncertain ? RESULT_COPY.alsoUncertain : RESULT_COPY.alsoLead,
    whyNone: answers.length ? RESULT_COPY.whyNothing : RESULT_COPY.whyNone,
    answered: answers.length > 0,
    supportHref: site.supportUrl,
  };
}
