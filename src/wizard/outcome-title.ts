/**
 * The short name of a wizard outcome: a cause's is its article's front-matter `label` (made into
 * `virtual:cause-labels` at build time by src/build/cause-labels.ts), so the wizard, /check/,
 * /report/ and the article itself name a cause the same way; other outcomes name themselves in
 * ./outcomes.ts.
 */
import CAUSE_LABELS from 'virtual:cause-labels';
import { OUTCOMES } from './outcomes';
import type { LocalWords } from '../i18n/wizard/en';

/** E.g. "Idle too long" ('' for an id that is not an outcome); in `words`' language (English without). */
export function outcomeTitle(id: string, words?: Pick<LocalWords, 'causes' | 'outcomes'>): string {
  const labels: Readonly<Record<string, string>> = words?.causes ?? CAUSE_LABELS;
  const outcomes = (words?.outcomes ?? OUTCOMES) as Readonly<Record<string, { title?: string } | undefined>>;
  return Object.hasOwn(labels, id) ? labels[id]! : (outcomes[id]?.title ?? '');
}
