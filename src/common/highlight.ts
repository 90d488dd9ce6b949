/**
 * Carrying search words to the page a result opens, and finding them there. Pure string work;
 * the DOM part is in src/browser/highlight.ts.
 */

/** `path#anchor` → `path?param=words#anchor` (no words: the path unchanged). */
export function withHighlight(path: string, words: readonly string[], param: string): string {
  if (words.length === 0) return path;
  const hashAt = path.indexOf('#');
  const base = hashAt < 0 ? path : path.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : path.slice(hashAt);
  const query = new URLSearchParams({ [param]: words.join(' ') }).toString();
  return `${base}${base.includes('?') ? '&' : '?'}${query}${hash}`;
}

/** The words in a page's `?param=…`, at most `max` of them. */
export function readHighlight(search: string, param: string, max = 12): string[] {
  const value = new URLSearchParams(search).getAll(param).join(' ');
  return value
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
    .slice(0, max);
}

/** Crude English stem, so "switched" also marks "switching" (Pagefind matched it by its stem). */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ing|ed|es|s)$/, '');
}

/** Matches whole words that start with any of the words' stems; null when there is nothing to find. */
export function highlightPattern(words: readonly string[]): RegExp | null {
  const stems = [...new Set(words.map(stem))].filter(Boolean).sort((a, b) => b.length - a.length);
  if (stems.length === 0) return null;
  const alternatives = stems.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})[\\p{L}\\p{N}]*`, 'giu');
}
