/**
 * Evidence, not one answer: every answer and every live finding adds weight for or against the
 * outcomes (./tree.ts), and the result is the outcome with the most. Pure, so the machine, the
 * static pages and the tests rank the same way.
 */
import type { CheckId } from '../config/checks';
import type { CheckResult } from '../checks/types';
import { CLOSE_RACE, CONFIDENT, FALLBACK, FINDINGS, MAX_CANDIDATES, MIN_SCORE, QUESTIONS, RESULTS, RULED_OUT } from './tree';
import type { AnswerRecord, CheckResults, DetectRule, OutcomeId, QuestionData, Weights } from './types';

const OUTCOME_IDS = Object.keys(RESULTS) as OutcomeId[];

export const questionData = (id: string): QuestionData | undefined =>
  Object.hasOwn(QUESTIONS, id) ? (QUESTIONS as Record<string, QuestionData>)[id] : undefined;

export interface Detection {
  readonly rule: DetectRule;
  readonly result: CheckResult;
}

/** The rules whose check has reported one of their statuses, in order ("unknown" never settles anything). */
export function detections(meta: QuestionData, checks: CheckResults): Detection[] {
  return (meta.detect ?? []).flatMap((rule) => {
    const result = checks[rule.check];
    return result && result.status !== 'unknown' && rule.statuses.includes(result.status) ? [{ rule, result }] : [];
  });
}

/** The finding a question is asked about: the first rule that fired. */
export const detectedAnswer = (meta: QuestionData, checks: CheckResults): Detection | undefined => detections(meta, checks)[0];

/**
 * Checks whose finding the visitor explicitly called wrong: they were asked about it ("We found
 * that … Is that right?") and answered "No, that's wrong". Every finding of that question that
 * claimed the same goes with it. A finding that arrived after the answer was never called wrong.
 */
export function overruledChecks(answers: readonly AnswerRecord[], checks: CheckResults): Set<CheckId> {
  const out = new Set<CheckId>();
  for (const record of answers) {
    const meta = questionData(record.step);
    const shown = meta ? detections(meta, checks).filter((d) => record.asked?.includes(d.rule.check)) : [];
    const claim = shown[0]?.rule.answer;
    if (claim === undefined || record.answer === claim || record.answer === 'not-sure') continue;
    for (const d of shown) if (d.rule.answer === claim) out.add(d.rule.check);
  }
  return out;
}

/** Checks whose finding agrees with the answer given (asked about it or not): "the live check agrees". */
export function agreeingChecks(answers: readonly AnswerRecord[], checks: CheckResults): Set<CheckId> {
  const out = new Set<CheckId>();
  for (const record of answers) {
    const meta = questionData(record.step);
    for (const d of meta ? detections(meta, checks) : []) if (d.rule.answer === record.answer) out.add(d.rule.check);
  }
  return out;
}

/** The outcomes overruled findings spoke for. */
function overruledOutcomes(answers: readonly AnswerRecord[], checks: CheckResults): OutcomeId[] {
  return [...overruledChecks(answers, checks)].flatMap((id) => {
    const r = checks[id]!;
    return (Object.entries(FINDINGS[id][r.status] ?? {}) as [OutcomeId, number][]).filter(([, w]) => w > 0).map(([o]) => o);
  });
}

/** The findings that count for this visitor: not overruled, and about the place the message appears. */
export function countedFindings(answers: readonly AnswerRecord[], checks: CheckResults): CheckResult[] {
  const overruled = overruledChecks(answers, checks);
  const inBrowser = !answers.some((a) => a.step === 'where' && (a.answer === 'app' || a.answer === 'tool'));
  return Object.values(checks).filter(
    (r): r is CheckResult =>
      !!r && r.status !== 'unknown' && !overruled.has(r.id) && (inBrowser || FINDINGS[r.id].scope === 'any') && !!FINDINGS[r.id][r.status],
  );
}

interface Scored {
  readonly id: OutcomeId;
  readonly score: number;
}

export interface Ranking {
  /** The result: the best-scored outcome, or "unclear" when none reaches the minimum. */
  readonly top: OutcomeId;
  /**
   * The best candidates not ruled out, best first (the top first unless it is "unclear"): at most
   * MAX_CANDIDATES, plus any cause of a finding the visitor called wrong.
   */
  readonly candidates: readonly Scored[];
  /** The winner is weak, or the runner-up close: the page says it is not certain. */
  readonly uncertain: boolean;
}

function add(scores: Map<OutcomeId, number>, weights: Weights | undefined): void {
  for (const [id, w] of Object.entries(weights ?? {}) as [OutcomeId, number][]) scores.set(id, (scores.get(id) ?? 0) + w);
}

function scoreOutcomes(answers: readonly AnswerRecord[], checks: CheckResults = {}): Scored[] {
  const scores = new Map<OutcomeId, number>(OUTCOME_IDS.filter((id) => id !== FALLBACK).map((id) => [id, 0]));
  for (const record of answers) add(scores, questionData(record.step)?.answers.find((a) => a.id === record.answer)?.weights);
  for (const r of countedFindings(answers, checks)) add(scores, FINDINGS[r.id][r.status]);
  // Stable sort keeps the tie-break order of RESULTS.
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

/** "Not a sign-in problem" outcomes are candidates only when an answer named them. */
const isTopic = (id: OutcomeId): boolean => !!(RESULTS[id] as { topic?: string }).topic;

export function rankOutcomes(answers: readonly AnswerRecord[], checks: CheckResults = {}): Ranking {
  const scored = scoreOutcomes(answers, checks).filter((s) => !isTopic(s.id) || s.score > 0);
  const best = scored[0]!;
  if (best.score < MIN_SCORE) {
    // Nothing stands out: list what the answers did not argue against.
    return { top: FALLBACK, candidates: scored.filter((s) => s.score > RULED_OUT).slice(0, MAX_CANDIDATES), uncertain: true };
  }
  const candidates = [best, ...scored.slice(1).filter((s) => s.score > RULED_OUT)].slice(0, MAX_CANDIDATES);
  // A finding the visitor called wrong no longer counts, but its cause stays on the page.
  for (const id of overruledOutcomes(answers, checks)) {
    if (!candidates.some((c) => c.id === id)) candidates.push(scored.find((s) => s.id === id)!);
  }
  const uncertain = best.score < CONFIDENT || (candidates.length > 1 && candidates[1]!.score >= best.score - CLOSE_RACE);
  return { top: best.id, candidates, uncertain };
}

/**
 * Everything about a result page that depends on the live findings, as one string: when it is
 * unchanged, the page already shows the right thing and the browser need not load the result words.
 */
export function resultSignature(step: string, answers: readonly AnswerRecord[], checks: CheckResults): string {
  if (!answers.length) return step;
  const ranking = rankOutcomes(answers, checks);
  const speaking = countedFindings(answers, checks)
    .filter((r) => (FINDINGS[r.id][r.status]?.[step as OutcomeId] ?? 0) > 0)
    .map((r) => [r.id, r.summary]);
  return JSON.stringify([
    step,
    answers,
    ranking.candidates.map((c) => c.id),
    ranking.uncertain,
    speaking,
    [...agreeingChecks(answers, checks)],
    [...overruledChecks(answers, checks)],
  ]);
}
