/**
 * Reading the machine's tree as data: which states are questions and which are results, their
 * meta, their static URLs, and how many questions can still follow. Pure; used at build time and
 * in the browser.
 */
import { DIAGNOSE_PATH } from '../common/urls';
import { factsOf, INITIAL_STEP, RANK, routeApplies, routesOf, wizardMachine } from './machine';
import type { AnswerRecord, Facts, QuestionMeta, ResultMeta, StepMeta } from './types';

export { INITIAL_STEP };

const STATES = wizardMachine.states as Record<string, { meta?: StepMeta }>;

export const stepMeta = (id: string): StepMeta | undefined => (Object.hasOwn(STATES, id) ? STATES[id]!.meta : undefined);

export function questionMeta(id: string): QuestionMeta | undefined {
  const meta = stepMeta(id);
  return meta?.kind === 'question' ? meta : undefined;
}

export function resultMeta(id: string): ResultMeta | undefined {
  const meta = stepMeta(id);
  return meta?.kind === 'result' ? meta : undefined;
}

/** Question state ids in definition order (the initial question first). */
export const QUESTION_IDS: readonly string[] = Object.keys(STATES).filter((id) => questionMeta(id));
/** Result state ids in definition order. */
export const RESULT_IDS: readonly string[] = Object.keys(STATES).filter((id) => resultMeta(id));

export { DIAGNOSE_PATH };

/** The static page of a state with no answers: the first question is /diagnose/ itself. */
export function stepPath(id: string): string {
  if (id === INITIAL_STEP) return DIAGNOSE_PATH;
  return resultMeta(id) ? `${DIAGNOSE_PATH}result/${id}/` : `${DIAGNOSE_PATH}${id}/`;
}

/** The state a plain wizard path shows (not an answers path), or undefined. */
export function stepFromPath(pathname: string): string | undefined {
  if (pathname === DIAGNOSE_PATH) return INITIAL_STEP;
  const m = /^\/diagnose\/(?:(result)\/)?([a-z0-9-]+)\/$/.exec(pathname);
  if (!m) return undefined;
  const id = m[2]!;
  if (id === INITIAL_STEP) return undefined; // The first question lives at /diagnose/ only.
  return (m[1] ? resultMeta(id) : questionMeta(id)) ? id : undefined;
}

/** Where an answer leads, given the answers before it (a question id or RANK). */
export function nextStep(step: string, answerId: string, facts: Facts): string | undefined {
  const chosen = questionMeta(step)?.answers.find((a) => a.id === answerId);
  return chosen && routesOf(chosen.next).find((r) => routeApplies(r, facts))?.go;
}

/**
 * The most questions still to answer from this question, this one included, given the answers so
 * far (0 on a result). The tree is acyclic (a model test proves it), so the recursion ends.
 */
export function questionsLeft(id: string, answers: readonly AnswerRecord[] = []): number {
  const meta = questionMeta(id);
  if (!meta) return 0;
  const facts = factsOf(answers);
  return (
    1 +
    Math.max(
      ...meta.answers.map((a) => {
        const next = nextStep(id, a.id, facts);
        return next && next !== RANK ? questionsLeft(next, [...answers, { step: id, answer: a.id }]) : 0;
      }),
    )
  );
}
