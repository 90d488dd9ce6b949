/**
 * Every answer path the tree allows, walked from a question: the static pages (one per path, so
 * JavaScript off sees the same reasons) and the tests that walk every combination use this.
 */
import { factsOf, RANK } from './machine';
import { nextStep, questionMeta } from './steps';
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
