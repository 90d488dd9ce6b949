/**
 * Reading the machine's tree as data: which states are questions and which are results, their
 * meta, their static URLs, and how many questions can still follow. Pure; used at build time and
 * in the browser.
 */
import { INITIAL_STEP, wizardMachine } from './machine';
import type { QuestionMeta, ResultMeta, StepMeta } from './types';

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

export const DIAGNOSE_PATH = '/diagnose/';

/** The static page of a state: the first question is /diagnose/ itself. */
export function stepPath(id: string): string {
  if (id === INITIAL_STEP) return DIAGNOSE_PATH;
  return resultMeta(id) ? `${DIAGNOSE_PATH}result/${id}/` : `${DIAGNOSE_PATH}${id}/`;
}

/** The state a wizard path shows, or undefined for a path that is not a wizard page. */
export function stepFromPath(pathname: string): string | undefined {
  if (pathname === DIAGNOSE_PATH) return INITIAL_STEP;
  const m = /^\/diagnose\/(?:(result)\/)?([a-z0-9-]+)\/$/.exec(pathname);
  if (!m) return undefined;
  const id = m[2]!;
  if (id === INITIAL_STEP) return undefined; // The first question lives at /diagnose/ only.
  return (m[1] ? resultMeta(id) : questionMeta(id)) ? id : undefined;
}

const remainingCache = new Map<string, number>();
/**
 * The most questions still to answer from this state, this one included (0 on a result). The tree
 * is acyclic (a model test proves it), so the recursion ends.
 */
export function questionsLeft(id: string): number {
  const known = remainingCache.get(id);
  if (known !== undefined) return known;
  const meta = questionMeta(id);
  const left = meta ? 1 + Math.max(...meta.answers.map((a) => questionsLeft(a.next))) : 0;
  remainingCache.set(id, left);
  return left;
}
