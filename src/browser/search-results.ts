/**
 * Rendering search hits as DOM, shared by the header box (as listbox options) and /search/
 * (as a plain list of links). The excerpt is HTML built by search-rank's `buildExcerpt`, which
 * escapes the page text and adds only `<mark>`.
 */
import { maker } from './dom';
import type { SearchHit } from './search-engine';
import { kindText } from './search-words';
import type { SearchWords } from '../i18n/search/en';

/** The visible parts of a hit: its title, where it is, and the quoted text (HTML with `<mark>`). */
export function hitParts(doc: Document, hit: SearchHit, words: SearchWords): HTMLElement[] {
  const make = maker(doc);
  const kind = kindText(words, hit.kind);
  const parts = [
    make('span', { class: 'search-hit-title' }, hit.title),
    make('span', { class: 'search-hit-where' }, hit.page ? `${kind} · ${hit.page}` : kind),
  ];
  if (hit.excerpt) {
    const excerpt = make('span', { class: 'search-hit-excerpt' });
    excerpt.innerHTML = hit.excerpt;
    parts.push(excerpt);
  }
  return parts;
}

/** Link to the full results page for a query (the page's language's: the header form's action). */
export const searchPageUrl = (query: string, page = '/search/'): string => `${page}?${new URLSearchParams({ q: query.trim() })}`;
