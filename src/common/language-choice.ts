/**
 * Choosing a language (the header's switcher and the offer of the reader's own language): which
 * address the same answer has in another language, and which of our languages a browser prefers.
 * Pure; the browser passes in its `location` and `navigator.languages`.
 */
import { LOCALES, type Locale } from '../config/locales';
import { localizedPath, unlocalizedPath } from './locale-path';

/** True for one of our languages' codes. */
export const isLocale = (code: string): code is Locale => (LOCALES as readonly string[]).includes(code);

/**
 * The same answer in `locale`, read from where the reader is now: the path (the wizard pushes its
 * answers into it), the query and the `#section` carry over, since every language has the same
 * slugs, step ids and section ids; only the prefix changes.
 */
export function switchedPath(at: Pick<Location, 'pathname' | 'search' | 'hash'>, locale: Locale): string {
  return `${localizedPath(locale, unlocalizedPath(at.pathname))}${at.search}${at.hash}`;
}

/**
 * The language to offer a reader whose browser lists `languages` (most wanted first, as
 * `navigator.languages`) on a page in `page`: the first of theirs we have ("es-MX" is "es"), when
 * it is not the page's. A reader who puts the page's language first is offered nothing.
 */
export function preferredLocale(languages: readonly string[], page: string): Locale | undefined {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(primary)) return primary === page ? undefined : primary;
  }
  return undefined;
}
