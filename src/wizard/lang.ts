/**
 * A wizard view in a language: English from the tree itself (its words stay in ./tree.ts), any
 * other language from its table (src/i18n/wizard/<locale>.ts), handed in as `words`. Links keep
 * the page's language where that part of the site is translated.
 */
import { DEFAULT_LOCALE, TRANSLATED_SECTIONS, type Locale } from '../config/locales';
import { localizedPath } from '../common/locale-path';
import type { PageWords } from '../i18n/wizard/en';
import { questionMeta } from './steps';
import type { DetectRule } from './types';

/** A question's words in one language. */
export interface QuestionText {
  readonly question: string;
  readonly help?: string | undefined;
  readonly link?: string | undefined;
  answer(id: string): string;
  /** Completes "We found that …". */
  detect(rule: DetectRule): string;
}

/** The loose shape of one question's words (the table itself is typed against the tree). */
interface LooseQuestion {
  readonly question: string;
  readonly help?: string;
  readonly link?: string;
  readonly answers: Readonly<Record<string, string>>;
  readonly detect?: Readonly<Record<string, string>>;
}

/** A question's words in `words`' language (English without), or undefined when `step` is not a question. */
export function questionText(step: string, words?: Pick<PageWords, 'questions'>): QuestionText | undefined {
  const meta = questionMeta(step);
  if (!meta) return undefined;
  const w = (words?.questions as Readonly<Record<string, LooseQuestion>> | undefined)?.[step];
  return w
    ? { ...w, answer: (id) => w.answers[id] ?? '', detect: (r) => w.detect?.[`${r.check}=${r.answer}`] ?? '' }
    : {
        question: meta.question,
        help: meta.help,
        link: meta.link?.label,
        answer: (id) => meta.answers.find((a) => a.id === id)?.label ?? '',
        detect: (r) => r.text,
      };
}

/** The language of a view's words. */
export const localeOf = (words?: Pick<PageWords, 'locale'>): Locale => words?.locale ?? DEFAULT_LOCALE;

/** A site address in `locale`, where that part of the site is translated (else the English page). */
export function localHref(locale: Locale, path: string): string {
  const section = path.split(/[/?#]/)[1] ?? '';
  return TRANSLATED_SECTIONS.includes(section) ? localizedPath(locale, path) : path;
}
