/**
 * Marks the search words on the page a search result opened (`?highlight=…`), so the visitor
 * sees at once why the page was offered. Loaded only when that parameter is present.
 */
import { highlightPattern, readHighlight } from '../common/highlight';

/** Elements whose text is not prose to mark. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'BUTTON', 'SELECT', 'MARK', 'SVG']);

function markWords(doc: Document, root: Element, words: readonly string[]): number {
  const pattern = highlightPattern(words);
  if (!pattern) return 0;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIP.has(el.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
      }
      return node.nodeValue?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let count = 0;
  for (const text of texts) {
    const value = text.nodeValue ?? '';
    pattern.lastIndex = 0;
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const m of value.matchAll(pattern)) {
      if (m.index > last) parts.push(value.slice(last, m.index));
      const mark = doc.createElement('mark');
      mark.className = 'search-mark';
      mark.textContent = m[0];
      parts.push(mark);
      last = m.index + m[0].length;
      count++;
    }
    if (parts.length === 0) continue;
    if (last < value.length) parts.push(value.slice(last));
    text.replaceWith(...parts);
  }
  return count;
}

export function highlightFromUrl(doc: Document, loc: Pick<Location, 'search'>, param: string): number {
  const root = doc.querySelector('main');
  if (!root) return 0;
  return markWords(doc, root, readHighlight(loc.search, param));
}
