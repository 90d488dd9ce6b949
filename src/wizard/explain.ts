/**
 * Why the wizard landed where it did, in words: the answers and live findings behind a result, and
 * the plain-text summary a visitor can paste into a support request.
 */
import { site } from '../config/site';
import { CHECK_INFO } from '../config/checks';
import type { CheckResult } from '../checks/types';
import { stepUrl } from './path';
import { agreeingChecks, countedFindings, detections, overruledChecks, rankOutcomes } from './rank';
import { questionMeta, resultMeta } from './steps';
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
}

/** The words around a result's reasons and the support summary (loaded with the result only). */
export const EXPLAIN_COPY = {
  checkAgrees: 'the live check agrees',
  checkFound: 'The live check found:',
  overruled: (finding: string) => `You told us this was wrong, so we left it out: “${finding}”`,
  summaryTitle: `${site.siteName}: diagnosis summary`,
  /** What a result is, in front of its title. */
  kind: { cause: 'Most likely cause', topic: 'Not a sign-in problem', unclear: 'Result' },
  stopped: 'Stopped at',
  link: 'Link',
  answers: 'Answers',
  none: '- (none given)',
  browser: 'Browser',
  checks: 'Live checks',
  also: 'Also possible',
} as const;

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
function answeredQuestions(answers: readonly AnswerRecord[], checks: CheckResults = {}): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  for (const record of answers) {
    const meta = questionMeta(record.step);
    const chosen = meta?.answers.find((a) => a.id === record.answer);
    if (!meta || !chosen) continue;
    out.push({
      step: record.step,
      question: meta.question,
      answer: chosen.label,
      reason: reasonOf(record.step, chosen.id),
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

export function explainResult(resultId: string, answers: readonly AnswerRecord[], checks: CheckResults = {}): Explanation {
  const reasons = answeredQuestions(answers, checks)
    .filter((a) => a.reason)
    .map((a) => (a.confirmedByCheck ? `${a.reason} (${EXPLAIN_COPY.checkAgrees})` : a.reason));
  const confirmed = agreeingChecks(answers, checks);
  for (const r of countedFindings(answers, checks)) {
    if (!confirmed.has(r.id) && resultMeta(resultId) && speaksFor(r, resultId as OutcomeId))
      reasons.push(`${EXPLAIN_COPY.checkFound} ${r.summary}`);
  }
  const overruled = [...overruledChecks(answers, checks)].flatMap((id) => (checks[id] ? [EXPLAIN_COPY.overruled(checks[id].summary)] : []));
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
  const { browser, status } = extras;
  const result = resultMeta(stateId);
  const question = questionMeta(stateId);
  const lines = [EXPLAIN_COPY.summaryTitle, ''];
  lines.push(
    result
      ? `${EXPLAIN_COPY.kind[resultKind(stateId)]}: ${outcomeTitle(stateId)}`
      : `${EXPLAIN_COPY.stopped}: ${question?.question ?? stateId}`,
  );
  if (result && answers.length) {
    const others = rankOutcomes(answers, checks)
      .candidates.filter((c) => c.id !== stateId)
      .map((c) => outcomeTitle(c.id));
    if (others.length) lines.push(`${EXPLAIN_COPY.also}: ${others.join('; ')}`);
  }
  lines.push(`${EXPLAIN_COPY.link}: ${origin}${stepUrl(stateId, answers)}`);
  if (browser) lines.push(`${EXPLAIN_COPY.browser}: ${browser.name} ${browser.version} on ${browser.os}`);
  lines.push('');
  const answered = answeredQuestions(answers, checks);
  lines.push(`${EXPLAIN_COPY.answers}:`);
  if (answered.length === 0) lines.push(EXPLAIN_COPY.none);
  for (const a of answered) lines.push(`- ${a.question} ${a.answer}${a.confirmedByCheck ? ` (${EXPLAIN_COPY.checkAgrees})` : ''}`);
  const ran = Object.values(checks).filter((r): r is CheckResult => !!r);
  if (ran.length) {
    lines.push('', `${EXPLAIN_COPY.checks}:`);
    for (const r of ran) lines.push(`- ${CHECK_INFO[r.id].label}: ${status ? `${status(r)}. ` : ''}${r.summary}`);
  }
  return lines.join('\n');
}
