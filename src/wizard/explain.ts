/**
 * Why the wizard landed where it did, in words: the answers and live-check findings behind a
 * result, and the plain-text summary a visitor can paste into a support request.
 */
import { site } from '../config/site';
import type { CheckResult } from '../checks/types';
import { detectedAnswer } from './detect';
import { WIZARD_COPY } from './copy';
import { stepUrl } from './path';
import { questionMeta, resultMeta } from './steps';
import type { AnswerRecord, CheckResults } from './types';

export interface AnsweredQuestion {
  readonly step: string;
  readonly question: string;
  readonly answer: string;
  /** What the answer tells us ("" when it tells nothing, e.g. a skipped question). */
  readonly says: string;
  /** A live check had detected this very answer. */
  readonly confirmedByCheck: boolean;
}

/** The answers in words, skipping any that no longer match the tree. */
export function answeredQuestions(answers: readonly AnswerRecord[], checks: CheckResults = {}): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  for (const record of answers) {
    const meta = questionMeta(record.step);
    const chosen = meta?.answers.find((a) => a.id === record.answer);
    if (!meta || !chosen) continue;
    out.push({
      step: record.step,
      question: meta.question,
      answer: chosen.label,
      says: chosen.says,
      confirmedByCheck: detectedAnswer(meta, checks)?.rule.answer === chosen.id,
    });
  }
  return out;
}

/** Check results that found something (a problem or a warning). */
const findings = (checks: CheckResults): CheckResult[] =>
  Object.values(checks).filter((r): r is CheckResult => !!r && (r.status === 'problem' || r.status === 'warning'));

export interface Explanation {
  /** One sentence per telling answer, then one per check that points to this result. */
  readonly reasons: string[];
  /** Checks that point to other causes: worth a look even if this result fits. */
  readonly elsewhere: { readonly text: string; readonly result: string }[];
}

export function explainResult(resultId: string, answers: readonly AnswerRecord[], checks: CheckResults = {}): Explanation {
  const cause = resultMeta(resultId)?.cause ?? null;
  const reasons = answeredQuestions(answers, checks)
    .filter((a) => a.says)
    .map((a) => (a.confirmedByCheck ? `${a.says} (${WIZARD_COPY.checkAgrees})` : a.says));
  const elsewhere: Explanation['elsewhere'] = [];
  for (const r of findings(checks)) {
    if (cause && r.causes.includes(cause)) reasons.push(`${WIZARD_COPY.checkFound} ${r.summary}`);
    else {
      const other = r.causes.find((c) => c !== cause && resultMeta(c));
      if (other) elsewhere.push({ text: r.summary, result: other });
    }
  }
  return { reasons, elsewhere };
}

/**
 * The text a visitor pastes into a support request. No personal data: the answers, the result, the
 * check summaries, and the link that restores the same path.
 */
export function supportSummary(
  stateId: string,
  answers: readonly AnswerRecord[],
  checks: CheckResults,
  origin: string,
): string {
  const result = resultMeta(stateId);
  const question = questionMeta(stateId);
  const lines = [`${site.siteName}: diagnosis summary`, ''];
  lines.push(result ? `Most likely cause: ${result.title}${result.cause ? ` (${result.cause})` : ''}` : `Stopped at: ${question?.question ?? stateId}`);
  lines.push(`Link: ${origin}${stepUrl(stateId, answers)}`, '');
  const answered = answeredQuestions(answers, checks);
  lines.push('Answers:');
  if (answered.length === 0) lines.push('- (none given)');
  for (const a of answered) lines.push(`- ${a.question} ${a.answer}${a.confirmedByCheck ? ` (${WIZARD_COPY.checkAgrees})` : ''}`);
  const ran = Object.values(checks).filter((r): r is CheckResult => !!r);
  if (ran.length) {
    lines.push('', 'Live checks:');
    for (const r of ran) lines.push(`- ${r.id}: ${r.status}. ${r.summary}`);
  }
  return lines.join('\n');
}
