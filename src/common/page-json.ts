/**
 * The data a page carries for its scripts: a JSON block the build writes (`<PageJson>`,
 * src/components/PageJson.astro), so a page ships its own language's words and no other.
 */

/** The block's data, parsed; undefined when the page has none or it is damaged (never throws). */
export function readPageJson(doc: Pick<Document, 'getElementById'>, id: string): unknown {
  try {
    return JSON.parse(doc.getElementById(id)?.textContent ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}
