/**
 * Plain text of an article's sections, from its Markdown/MDX source: used for one-line summaries
 * on the staff index. Pure, so it is unit-tested without a build.
 */

export interface SectionText {
  /** Heading text as written (without a trailing `{#id}`). */
  readonly heading: string;
  readonly depth: number;
  /** The section's first paragraph or list item, as plain text. */
  readonly firstText: string;
}

/** Markdown inline syntax → plain text: links keep their words, emphasis and code marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first sentence of a text (more when it is only a lead-in such as "Cleaner apps."), cut at a
 * word boundary if it runs past `max` characters.
 */
export function firstSentence(text: string, max = 160, min = 30): string {
  const ends = [...text.matchAll(/[.!?:](?=\s|$)/g)].map((m) => m.index + 1);
  let sentence = text;
  for (const end of ends) {
    sentence = text.slice(0, end);
    if (sentence.length >= min) break;
  }
  if (sentence.endsWith(':')) sentence = `${sentence.slice(0, -1)}.`;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Each `##`/`###` section of a Markdown body, in order, with its first paragraph. */
export function sectionTexts(body: string): SectionText[] {
  const out: { heading: string; depth: number; firstText: string }[] = [];
  let inFence = false;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('```')) inFence = !inFence;
    if (inFence) continue;
    const heading = /^(#{2,3})\s+(.*?)(?:\s+\{#[^}]+\})?\s*$/.exec(line);
    if (heading) {
      out.push({ heading: heading[2]!, depth: heading[1]!.length, firstText: '' });
      continue;
    }
    const current = out.at(-1);
    // Skip blank lines, components (<BrowserSteps>…), tables and rules; take the first prose line.
    if (!current || current.firstText || !line || /^(<|\||---|#)/.test(line)) continue;
    current.firstText = plainText(line.replace(/^([-*+]|\d+[.)])\s+/, ''));
  }
  return out;
}
