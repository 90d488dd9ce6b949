/**
 * Moving through the machine without an actor: pure snapshots, so Back, Forward, Change and a
 * shared link are all "replay these answers" (and the result is the same in Node and the browser).
 */
import { transition, type SnapshotFrom } from 'xstate';
import type { CheckResult } from '../checks/types';
import { wizardMachine } from './machine';
import { ANSWERS_PARAM, answersFromPath, decodeAnswers } from './path';
import { INITIAL_STEP, questionMeta, stepFromPath, stepMeta } from './steps';
import type { AnswerRecord, CheckResults } from './types';

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** Why answers in a URL could not be used. */
export type RestoreProblem = 'unreadable' | 'unknown-step' | 'unknown-answer' | 'wrong-page';

export type Restored = { ok: true; snapshot: WizardSnapshot } | { ok: false; problem: RestoreProblem };

/** The state id a snapshot is in (the machine is flat, so its value is a plain string). */
export const stepOf = (snapshot: WizardSnapshot): string => String(snapshot.value);

/**
 * A snapshot resting on `step` with no answers yet: the start of the wizard, or a visitor who
 * arrived part-way through by a plain link.
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
  let snapshot = startAt(answers[0]!.step, checks);
  for (const record of answers) {
    if (!stepMeta(record.step)) return { ok: false, problem: 'unknown-step' };
    if (!questionMeta(record.step) || stepOf(snapshot) !== record.step) return { ok: false, problem: 'wrong-page' };
    const next = answer(snapshot, record.answer);
    if (!next) return { ok: false, problem: 'unknown-answer' };
    snapshot = next;
  }
  return { ok: true, snapshot };
}

/**
 * The snapshot a wizard URL stands for: an answers path replays its answers; a plain step page is
 * that step, or, in an older link, the step reached by the answers in its `?a=` query.
 */
export function restoreUrl(pathname: string, search: string, checks: CheckResults = {}): Restored {
  const fromPath = answersFromPath(pathname);
  if (fromPath === 'unreadable') return { ok: false, problem: 'unreadable' };
  if (fromPath) return replay(fromPath, checks);
  const pageStep = stepFromPath(pathname);
  if (!pageStep) return { ok: false, problem: 'unknown-step' };
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get(ANSWERS_PARAM);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (!raw) return { ok: true, snapshot: startAt(pageStep, checks) }; // No answers (or an empty `a=`).
  const answers = decodeAnswers(raw);
  if (!answers) return { ok: false, problem: 'unreadable' };
  return replay(answers, checks);
}
