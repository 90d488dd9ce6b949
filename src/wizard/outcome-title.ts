/**
 * The short name of a wizard outcome: a cause's is its article's front-matter `label` (made into
 * `virtual:cause-labels` at build time by src/build/cause-labels.ts), so the wizard, /check/,
 * /report/ and the article itself name a cause the same way; other outcomes name themselves in
 * ./outcomes.ts.
 */
import CAUSE_LABELS from 'virtual:cause-labels';
import { OUTCOMES } from './outcomes';

/** E.g. "Idle too long" ('' for an id that is not an outcome). */
export const outcomeTitle = (id: string): string =>
  Object.hasOwn(CAUSE_LABELS, id)
    ? CAUSE_LABELS[id as keyof typeof CAUSE_LABELS]
    : ((OUTCOMES as Readonly<Record<string, { title?: string } | undefined>>)[id]?.title ?? '');
