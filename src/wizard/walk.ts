/**
 * Every answer path the tree allows, walked from a question: the static pages (one per path, so
 * JavaScript off sees the same reasons) and the tests that walk every combination use this.
 */
import { factsOf, RANK } from './machine';
import { DIAGNOSE_PATH, nextStep, QUESTION_IDS, questionMeta } from './steps';
import { answersPath } from './path';
import type { AnswerRecord } from './types';

export interface WalkedPath {
  readonly answers: readonly AnswerRecord[];
  /** The question this path leads to, or RANK when it ends on a result. */
  readonly next: string;
}

/** Every non-empty answer path from `root`, in depth-first order. */
export function walkFrom(root: string): WalkedPath[] {
  const out: WalkedPath[] = [];
  const visit = (step: string, answers: readonly AnswerRecord[]) => {
    for (const a of questionMeta(step)?.answers ?? []) {
      const path = [...answers, { step, answer: a.id }];
      const next = nextStep(step, a.id, factsOf(answers))!;
      out.push({ answers: path, next });
      if (next !== RANK) visit(next, path);
    }
  };
  visit(root, []);
  return out;
}

/** Every answer path from every question, once each: one static page per path (`segments`: the part after /diagnose/). */
export function answerPages(): Array<{ readonly segments: string; readonly answers: readonly AnswerRecord[] }> {
  // Paths from different starting questions never coincide, but a Map keeps each page once regardless.
  const pages = new Map(QUESTION_IDS.flatMap((root) => walkFrom(root)).map((p) => [answersPath(p.answers), p.answers] as const));
  return [...pages].map(([path, answers]) => ({ segments: path.slice(DIAGNOSE_PATH.length, -1), answers }));
}
