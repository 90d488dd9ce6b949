/**
 * The bytes a browser needs before it can draw a page's first screen: the render-blocking CSS and
 * the HTML up to the first element that lies below that screen. Browsers parse and paint HTML as
 * it streams in, so a long list (the staff index, the message catalog) shows its first screen
 * long before its last row arrives; what must fit the first round trip (14 KB) is this prefix.
 *
 * The fold is found in a real browser (layout decides it): `FOLD_PATH` runs in the page and
 * returns the element's position as child indexes from <html>; `foldOffset` finds the same
 * element in the raw HTML source. Used by the page-weight test and `npm run bench`.
 */
import { gzipSize } from './page-weight.ts';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * In the page: child-index path (from <html>, elements only) of the first element in document
 * order that is drawn below the first screen, or null when the whole page fits on it.
 * Self-contained (it is serialised into the browser).
 */
export function FOLD_PATH(): number[] | null {
  const bottom = window.innerHeight;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue; // not drawn (display: none, empty)
    if (box.top + window.scrollY < bottom) continue;
    const path: number[] = [];
    for (let node: Element = el; node.parentElement; node = node.parentElement)
      path.unshift([...node.parentElement.children].indexOf(node));
    return path;
  }
  return null;
}

/** Source offset of the element at `path` (child indexes from <html>), or the document's length. */
export function foldOffset(html: string, path: readonly number[] | null): number {
  if (!path) return html.length;
  let node = parse(html, { comment: false }).querySelector('html') as HTMLElement | null;
  for (const i of path) {
    node = (node?.children[i] as HTMLElement | undefined) ?? null;
    if (!node) return html.length; // the source and the live page differ (script-made elements)
  }
  return node ? node.range[0] : html.length;
}

/** Gzip bytes of the HTML before the fold. */
export const htmlBeforeFold = (html: string, path: readonly number[] | null): number => gzipSize(html.slice(0, foldOffset(html, path)));
