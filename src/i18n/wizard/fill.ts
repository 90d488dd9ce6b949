/**
 * The wizard's words with `{slot}`s made into the functions the pages call, the same for every
 * language (a translation is strings only, so it can travel to the browser as JSON).
 */
import { fill } from '../../common/fill';
import type { ChromeWords } from './en';

/** The words around the questions, ready to use. */
export function uiCopy(u: ChromeWords['ui']) {
  return {
    ...u,
    answered: (n: number) => (n === 1 ? u.answeredOne : fill(u.answeredMany, { n })),
    confirm: (text: string) => fill(u.confirm, { text }),
    progressKnown: (n: number, max: number) => fill(n === max ? u.progressLast : u.progressOf, { n, max }),
    progressUnknown: (left: number) => (left === 1 ? u.progressLastLeft : fill(u.progressLeft, { left })),
  };
}

export type UiCopy = ReturnType<typeof uiCopy>;

/** The paste box's words, ready to use. */
export const pasteCopy = (p: ChromeWords['paste']) => ({ ...p, recognised: (wording: string) => fill(p.recognised, { wording }) });
