/**
 * Moving through the machine without an actor: pure snapshots, so Back, Forward, Change and a
 * shared link are all "replay these answers" (and the result is the same in Node and the browser).
 */
import { transition, type SnapshotFrom } from 'xstate';
import type { CheckResult } from '../checks/types';
import { wizardMachine } from './machine';
import { ANSWERS_PARAM, decodeAnswers } from './path';
import { INITIAL_STEP, questionMeta, stepMeta } from './steps';
import type { AnswerRecord, CheckResults } from './types';

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** Why answers in a URL could not be used. */
export type RestoreProblem = 'unreadable' | 'unknown-step' | 'unknown-answer' | 'wrong-page';

export type Restored = { ok: true; snapshot: WizardSnapshot } | { ok: false; problem: RestoreProblem };

/** The state id a snapshot is in (the machine is flat, so its value is a plain string). */
export const stepOf = (snapshot: WizardSnapshot): string => String(snapshot.value);

/**
 * A snapshot resting on `step` with no answers yet: the start of the wizard, or a visitor who
 * arrived part-way through by a plain link (a page opened without JavaScript, then enhanced).
 */
export function startAt(step: string = INITIAL_STEP, checks: CheckResults = {}): WizardSnapshot {
  return wizardMachine.resolveState({ value: step, context: { answers: [], checks } });
}

/** The snapshot after answering, or undefined when the current state has no such answer. */
export function answer(snapshot: WizardSnapshot, answerId: string): WizardSnapshot | undefined {
  const [next] = transition(wizardMachine, snapshot, { type: 'ANSWER', answer: answerId });
  return next.context.answers.length > snapshot.context.answers.length ? next : undefined;
}

export function withCheck(snapshot: WizardSnapshot, result: CheckResult): WizardSnapshot {
  return transition(wizardMachine, snapshot, { type: 'CHECK.RESULT', result })[0];
}

/** Replay answers from the question the first one belongs to. Each must follow from the last. */
export function replay(answers: readonly AnswerRecord[], checks: CheckResults = {}): Restored {
  if (answers.length === 0) return { ok: true, snapshot: startAt(INITIAL_STEP, checks) };
  if (!stepMeta(answers[0]!.step)) return { ok: false, problem: 'unknown-step' };
  let snapshot = startAt(answers[0]!.step, checks);
  for (const record of answers) {
    if (!questionMeta(record.step)) return { ok: false, problem: 'unknown-step' };
    if (stepOf(snapshot) !== record.step) return { ok: false, problem: 'unreadable' };
    const next = answer(snapshot, record.answer);
    if (!next) return { ok: false, problem: 'unknown-answer' };
    snapshot = next;
  }
  return { ok: true, snapshot };
}

/**
 * The snapshot a wizard page URL stands for: the page's own state, reached by the answers in its
 * query (if any). Answers that lead somewhere else than the page are as damaged as unreadable ones.
 */
export function restore(pageStep: string, search: string, checks: CheckResults = {}): Restored {
  if (!stepMeta(pageStep)) return { ok: false, problem: 'unknown-step' };
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get(ANSWERS_PARAM);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (!raw) return { ok: true, snapshot: startAt(pageStep, checks) }; // No answers (or an empty `a=`).
  const answers = decodeAnswers(raw);
  if (!answers) return { ok: false, problem: 'unreadable' };
  const replayed = replay(answers, checks);
  if (replayed.ok && stepOf(replayed.snapshot) !== pageStep) return { ok: false, problem: 'wrong-page' };
  return replayed;
}
