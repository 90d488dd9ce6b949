/**
 * Why the wizard landed where it did, in words: the answers and live findings behind a result, and
 * the plain-text summary a visitor can paste into a support request.
 */
import { CHECK_INFO, type CheckId } from '../config/checks';
import type { CheckResult } from '../checks/types';
import { stepUrl } from './path';
import { agreeingChecks, countedFindings, detections, overruledChecks, rankOutcomes } from './rank';
import { questionMeta, resultMeta } from './steps';
import { localeOf, localHref, questionText } from './lang';
import { fill } from '../common/fill';
import type { LocalWords } from '../i18n/wizard/en';
import { RESULT_WORDS as EN_RESULT } from './result-words';
import { FINDINGS } from './tree';
import { reasonOf } from './reasons';
import { outcomeTitle } from './outcome-title';
import type { AnswerRecord, CheckResults, OutcomeId } from './types';
import type { ReportBrowser } from '../report/wire';

/** What the support summary adds when the report code has loaded (it loads with the report link: ../scripts/wizard-report.ts). */
export interface SummaryExtras {
  /** This browser, for a Browser line. */
  readonly browser?: ReportBrowser | undefined;
  /** A check's status in words, e.g. "Unknown (timed out)" (src/report/reason-words.ts). */
  readonly status?: (r: CheckResult) => string;
  /** The words of the page's language (English without). */
  readonly words?: LocalWords | undefined;
  /** A check's name in the page's language (English without). */
  readonly checkLabel?: ((id: CheckId) => string) | undefined;
}

/** The words around a result's reasons and the support summary (loaded with the result only). */
function explainCopy(r: LocalWords['result']) {
  return {
    ...r,
    overruled: (finding: string) => fill(r.overruled, { finding }),
    /** What a result is, in front of its title. */
    kind: { cause: r.kicker.cause, topic: r.kicker.topic, unclear: r.kicker.unclear },
  };
}

/** The words of the results in `words`' language (English without). */
const copyOf = (words?: LocalWords) => explainCopy(words ? words.result : EN_RESULT);

/** What an answer tells us, in `words`' language. */
const reasonIn = (step: string, answer: string, words?: LocalWords): string =>
  words ? ((words.reasons as Readonly<Record<string, string>>)[`${step}=${answer}`] ?? '') : reasonOf(step, answer);

/** A cause, a "not a sign-in problem" topic, or "unclear". */
export function resultKind(id: string): 'cause' | 'topic' | 'unclear' {
  const meta = resultMeta(id);
  return meta?.cause ? 'cause' : meta?.topic ? 'topic' : 'unclear';
}

interface AnsweredQuestion {
  readonly step: string;
  readonly question: string;
  readonly answer: string;
  /** What the answer tells us ("" when it tells nothing, e.g. "not sure"). */
  readonly reason: string;
  /** A live check had found this very answer. */
  readonly confirmedByCheck: boolean;
}

/** The answers in words, skipping any that no longer match the tree. */
function answeredQuestions(answers: readonly AnswerRecord[], checks: CheckResults = {}, words?: LocalWords): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  for (const record of answers) {
    const meta = questionMeta(record.step);
    const text = questionText(record.step, words);
    const chosen = meta?.answers.find((a) => a.id === record.answer);
    if (!meta || !text || !chosen) continue;
    out.push({
      step: record.step,
      question: text.question,
      answer: text.answer(chosen.id),
      reason: reasonIn(record.step, chosen.id, words),
      confirmedByCheck: detections(meta, checks).some((d) => d.rule.answer === chosen.id),
    });
  }
  return out;
}

/** Whether a finding speaks for an outcome. */
const speaksFor = (r: CheckResult, id: OutcomeId): boolean => (FINDINGS[r.id][r.status]?.[id] ?? 0) > 0;

export interface Explanation {
  /** One sentence per telling answer, then one per live finding that speaks for this result. */
  readonly reasons: string[];
  /** Findings the visitor called wrong, so they do not count. */
  readonly overruled: string[];
}

export function explainResult(
  resultId: string,
  answers: readonly AnswerRecord[],
  checks: CheckResults = {},
  words?: LocalWords,
): Explanation {
  const copy = copyOf(words);
  const reasons = answeredQuestions(answers, checks, words)
    .filter((a) => a.reason)
    .map((a) => (a.confirmedByCheck ? `${a.reason} (${copy.checkAgrees})` : a.reason));
  const confirmed = agreeingChecks(answers, checks);
  for (const r of countedFindings(answers, checks)) {
    if (!confirmed.has(r.id) && resultMeta(resultId) && speaksFor(r, resultId as OutcomeId))
      reasons.push(`${copy.checkFound} ${r.summary}`);
  }
  const overruled = [...overruledChecks(answers, checks)].flatMap((id) => (checks[id] ? [copy.overruled(checks[id].summary)] : []));
  return { reasons, overruled };
}

/**
 * The text a visitor pastes into a support request. No personal data: the answers, the result, the
 * other candidates, the check summaries in words, and the link that restores the same path.
 */
export function supportSummary(
  stateId: string,
  answers: readonly AnswerRecord[],
  checks: CheckResults,
  origin: string,
  extras: SummaryExtras = {},
): string {
  const { browser, status, words, checkLabel = (id: CheckId) => CHECK_INFO[id].label } = extras;
  const copy = copyOf(words);
  const result = resultMeta(stateId);
  const lines = [copy.summaryTitle, ''];
  lines.push(
    result
      ? `${copy.kind[resultKind(stateId)]}: ${outcomeTitle(stateId, words)}`
      : `${copy.stopped}: ${questionText(stateId, words)?.question ?? stateId}`,
  );
  if (result && answers.length) {
    const others = rankOutcomes(answers, checks)
      .candidates.filter((c) => c.id !== stateId)
      .map((c) => outcomeTitle(c.id, words));
    if (others.length) lines.push(`${copy.also}: ${others.join('; ')}`);
  }
  lines.push(`${copy.link}: ${origin}${localHref(localeOf(words), stepUrl(stateId, answers))}`);
  if (browser) lines.push(`${copy.browser}: ${fill(copy.browserOn, { name: browser.name, version: browser.version, os: browser.os })}`);
  lines.push('');
  const answered = answeredQuestions(answers, checks, words);
  lines.push(`${copy.answers}:`);
  if (answered.length === 0) lines.push(copy.none);
  for (const a of answered) lines.push(`- ${a.question} ${a.answer}${a.confirmedByCheck ? ` (${copy.checkAgrees})` : ''}`);
  const ran = Object.values(checks).filter((r): r is CheckResult => !!r);
  if (ran.length) {
    lines.push('', `${copy.checks}:`);
    for (const r of ran) lines.push(`- ${checkLabel(r.id)}: ${status ? `${status(r)}. ` : ''}${r.summary}`);
  }
  return lines.join('\n');
}
