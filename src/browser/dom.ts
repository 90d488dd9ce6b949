/** A tiny element builder for pages built in the browser: elements and text nodes only, never HTML strings. */
type Child = Node | string | false | null | undefined;
export type Make = (tag: string, attrs?: Record<string, string> | null, ...children: (Child | Child[])[]) => HTMLElement;

export function maker(doc: Document): Make {
  return (tag, attrs, ...children) => {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v);
    for (const c of children.flat()) if (c) el.append(c);
    return el;
  };
}
