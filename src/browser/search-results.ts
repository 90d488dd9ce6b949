/**
 * Rendering search hits as DOM, shared by the header box (as listbox options) and /search/
 * (as a plain list of links). The excerpt is HTML built by search-rank's `buildExcerpt`, which
 * escapes the page text and adds only `<mark>`.
 */
import { maker } from './dom';
import type { SearchHit } from './search-engine';

/** The visible parts of a hit: its title, where it is, and the quoted text (HTML with `<mark>`). */
export function hitParts(doc: Document, hit: SearchHit): HTMLElement[] {
  const make = maker(doc);
  const parts = [
    make('span', { class: 'search-hit-title' }, hit.title),
    make('span', { class: 'search-hit-where' }, hit.page ? `${hit.kind} · ${hit.page}` : hit.kind),
  ];
  if (hit.excerpt) {
    const excerpt = make('span', { class: 'search-hit-excerpt' });
    excerpt.innerHTML = hit.excerpt;
    parts.push(excerpt);
  }
  return parts;
}

/** "3 results" / "1 result" / "No results". */
export function countText(n: number): string {
  if (n === 0) return 'No results';
  return `${n} result${n === 1 ? '' : 's'}`;
}

/** Link to the full results page for a query (the page's language's: the header form's action). */
export const searchPageUrl = (query: string, page = '/search/'): string => `${page}?${new URLSearchParams({ q: query.trim() })}`;
