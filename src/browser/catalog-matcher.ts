/**
 * The message catalog's matcher in the browser: `/messages/catalog.json` fetched once per visit,
 * on first use (the wizard's paste box, the first search). A failed fetch is retried next time.
 * A page in another language fetches its own (`/es/messages/catalog.json`): the same wordings,
 * answers in that language.
 */
import { createMatcher, type CatalogEntry, type Matcher } from '../common/message-match';
import { CATALOG_JSON } from '../common/urls';
import { TRANSLATED_LOCALES } from '../config/locales';
import { localizedPath } from '../common/locale-path';

/** The catalog file for a page in language `lang` (`<html lang>`); any other language gets English's. */
export const catalogJsonFor = (lang: string | undefined): string => {
  const locale = TRANSLATED_LOCALES.find((l) => l === lang);
  return locale ? localizedPath(locale, CATALOG_JSON) : CATALOG_JSON;
};

/** A catalog entry as it must arrive; anything else in the file is ignored. */
const isCatalogEntry = (v: unknown): v is CatalogEntry => {
  const e = v as Partial<CatalogEntry> | null;
  return (
    typeof e?.id === 'string' &&
    typeof e.answer === 'string' &&
    e.answer.startsWith('/') &&
    Array.isArray(e.wordings) &&
    e.wordings.every((w) => typeof w === 'string') &&
    (e.wizard === undefined || typeof e.wizard === 'string')
  );
};

let matcher: Promise<Matcher> | undefined;

/** `lang`: the page's language; by default its `<html lang>`. */
export function loadCatalogMatcher(fetchFn: typeof fetch, lang = globalThis.document?.documentElement.lang): Promise<Matcher> {
  const file = catalogJsonFor(lang);
  matcher ??= fetchFn(file)
    .then((res) => {
      if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    })
    .then((data) => createMatcher(Array.isArray(data) ? data.filter(isCatalogEntry) : []));
  matcher.catch(() => (matcher = undefined));
  return matcher;
}
