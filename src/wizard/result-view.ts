/**
 * What a result page says: the outcome's words (./outcomes.ts), this visitor's reasons, and the
 * other candidates the answers did not rule out. Used to build result pages, and loaded by the
 * browser only when a visitor reaches a result in place.
 */
import { site } from '../config/site';
import { causeUrl, CAUSES_PATH, CHECK_PATH, otherUrl } from '../common/urls';
import { FIX_SECTION } from '../config/article-sections';
import { explainResult, resultKind } from './explain';
import { fill } from '../common/fill';
import type { LocalWords } from '../i18n/wizard/en';
import { RESULT_WORDS as EN_RESULT } from './result-words';
import { localeOf, localHref } from './lang';
import { OUTCOMES } from './outcomes';
import { outcomeTitle } from './outcome-title';
import { rankOutcomes } from './rank';
import { resultMeta } from './steps';
import type { AnswerRecord, CheckResults, OutcomeId } from './types';

/** The words around every result, ready to use (each result's own words are in ./outcomes.ts). */
export function resultCopy(r: LocalWords['result']) {
  return { ...r, alsoNoneHref: CAUSES_PATH, changed: (title: string) => fill(r.changed, { title }) };
}

/** In English. */
export const RESULT_COPY = resultCopy(EN_RESULT);

/** The words around every result in `words`' language (English without). */
export const resultCopyOf = (words?: LocalWords): ReturnType<typeof resultCopy> =>
  words ? { ...resultCopy(words.result), alsoNoneHref: localHref(words.locale, CAUSES_PATH) } : RESULT_COPY;

interface LinkView {
  readonly title: string;
  readonly summary: string;
  readonly href: string;
}

export interface ResultView {
  /** The words around the result, in the page's language. */
  readonly copy: ReturnType<typeof resultCopy>;
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

/** `words`: a translation's (src/i18n/wizard/); English without. */
export function resultView(step: string, answers: readonly AnswerRecord[] = [], checks: CheckResults = {}, words?: LocalWords): ResultView {
  const id = step as OutcomeId;
  const meta = resultMeta(id)!;
  const here = (path: string) => localHref(localeOf(words), path);
  const outcomes = words?.outcomes ?? OUTCOMES;
  const copy = outcomes[id];
  const rc = resultCopyOf(words);
  const ranking = answers.length ? rankOutcomes(answers, checks) : null;
  const { reasons, overruled } = explainResult(step, answers, checks, words);
  const kind = resultKind(id);
  const title = outcomeTitle(id, words);
  return {
    copy: rc,
    step,
    pageTitle: kind === 'unclear' ? title : `${rc.kicker[kind]}: ${title}`,
    kicker: kind === 'cause' && ranking?.uncertain ? rc.kicker.uncertain : rc.kicker[kind],
    title,
    summary: copy.summary,
    fix: copy.fix,
    fixHref: here(meta.cause ? causeUrl(meta.cause, FIX_SECTION) : outcomeUrl(id)),
    fixLabel: meta.cause ? rc.fixLink : meta.topic ? rc.topicLink : rc.checkLink,
    reasons,
    overruled,
    because: copy.because,
    also: (ranking?.candidates ?? [])
      .filter((c) => c.id !== id)
      .map((c) => ({ title: outcomeTitle(c.id, words), summary: outcomes[c.id].summary, href: here(outcomeUrl(c.id)) })),
    alsoLead: kind === 'unclear' ? rc.unclearLead : ranking?.uncertain ? rc.alsoUncertain : rc.alsoLead,
    whyNone: answers.length ? rc.whyNothing : rc.whyNone,
    answered: answers.length > 0,
    supportHref: site.supportUrl,
  };
}
