/**
 * The message catalog's matcher in the browser: `/messages/catalog.json` fetched once per visit,
 * on first use (the wizard's paste box, the first search). A failed fetch is retried next time.
 */
import { createMatcher, type CatalogEntry, type Matcher } from '../common/message-match';
import { CATALOG_JSON } from '../common/urls';

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

export function loadCatalogMatcher(fetchFn: typeof fetch): Promise<Matcher> {
  matcher ??= fetchFn(CATALOG_JSON)
    .then((res) => {
      if (!res.ok) throw new Error(`${CATALOG_JSON}: HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    })
    .then((data) => createMatcher(Array.isArray(data) ? data.filter(isCatalogEntry) : []));
  matcher.catch(() => (matcher = undefined));
  return matcher;
}
