/**
 * Ranking on top of Pagefind. Pagefind answers one word at a time here (its own multi-word search
 * needs every word on the page, so one unusual word empties the list). We add the per-word scores
 * up, page by page, then pick the section of each page where the words are, and quote it.
 * Pure functions: the browser passes Pagefind's answers in.
 */
import type { QueryTerm } from './search-query';

/** One page in Pagefind's answer to a one-word search. */
export interface TermMatch {
  readonly pageId: string;
  readonly score: number;
  /** Word positions of the match in the page's content (empty when only metadata matched). */
  readonly locations: readonly number[];
}

export interface TermSearch {
  readonly term: QueryTerm;
  readonly matches: readonly TermMatch[];
}

export interface PageScore {
  readonly pageId: string;
  readonly score: number;
  /** Positions matched, per term, for choosing the section. */
  readonly hits: readonly { readonly term: QueryTerm; readonly locations: readonly number[] }[];
}

/**
 * Sum of each term's Pagefind score (its BM25 with metadata boosts) times the term's weight,
 * scaled by how much of the query the page covers, so a page matching three of four words beats
 * one that repeats a single word.
 */
export function rankPages(searches: readonly TermSearch[]): PageScore[] {
  const live = searches.filter((s) => s.matches.length > 0);
  const total = live.reduce((sum, s) => sum + s.term.weight, 0);
  const pages = new Map<string, { score: number; covered: number; hits: PageScore['hits'][number][] }>();
  for (const { term, matches } of live) {
    for (const m of matches) {
      const page = pages.get(m.pageId) ?? { score: 0, covered: 0, hits: [] };
      page.score += m.score * term.weight;
      page.covered += term.weight;
      page.hits.push({ term, locations: m.locations });
      pages.set(m.pageId, page);
    }
  }
  return [...pages]
    .map(([pageId, p]) => ({ pageId, score: p.score * (0.5 + p.covered / total), hits: p.hits }))
    .sort((a, b) => b.score - a.score || a.pageId.localeCompare(b.pageId));
}

/** The parts of a page's record we use (Pagefind's fragment). */
export interface PageRecord {
  readonly url: string;
  readonly title: string;
  readonly content: string;
  readonly anchors: readonly { readonly element: string; readonly id: string; readonly text: string; readonly location: number }[];
}

export interface Section {
  /** Heading id, or undefined for the text before the first heading. */
  readonly id: string | undefined;
  readonly title: string;
  /** Word positions [start, end) in the page content; the heading's own words come first. */
  readonly start: number;
  readonly end: number;
  readonly headingEnd: number;
}

/** Pagefind's word split; its word positions index this array. */
export const splitWords = (content: string): string[] => content.split(/[^\S\uFEFF]+/g);

const SECTION_ELEMENTS = /^h[23]$/i;

export function sectionsOf(page: PageRecord, wordCount = splitWords(page.content).length): Section[] {
  const heads = page.anchors
    .filter((a) => SECTION_ELEMENTS.test(a.element) && a.id && a.text.trim())
    .sort((a, b) => a.location - b.location);
  const firstStart = heads[0]?.location ?? wordCount;
  // Pagefind's content opens with the h1 (the title): treat it as the opening section's heading.
  const titleWords = page.content.startsWith(page.title) ? splitWords(page.title).length : 0;
  const sections: Section[] = [
    { id: undefined, title: page.title, start: 0, end: firstStart, headingEnd: Math.min(firstStart, titleWords) },
  ];
  heads.forEach((h, i) => {
    const end = heads[i + 1]?.location ?? wordCount;
    sections.push({
      id: h.id,
      title: h.text.trim(),
      start: h.location,
      end,
      headingEnd: Math.min(end, h.location + splitWords(h.text.trim()).length),
    });
  });
  return sections;
}

export interface SectionScore {
  readonly section: Section;
  readonly score: number;
  /** Positions of matched words inside the section. */
  readonly locations: readonly number[];
}

/** Words in a heading count this many times more than words in running text. */
const HEADING_BOOST = 3;

/**
 * Score each section by the terms found in it: a match in its heading counts most, repeats a
 * little, and a section holding more of the query's words beats one repeating a single word.
 * The page title does not count as the opening section's heading: it is about the whole page, so
 * a title match should not pull every result to the top of its page. Sections without a match
 * are left out.
 */
export function scoreSections(sections: readonly Section[], hits: PageScore['hits']): SectionScore[] {
  const total = hits.reduce((sum, h) => sum + h.term.weight, 0);
  const out: SectionScore[] = [];
  for (const section of sections) {
    let score = 0;
    let covered = 0;
    const locations: number[] = [];
    for (const { term, locations: all } of hits) {
      const inside = all.filter((l) => l >= section.start && l < section.end);
      if (inside.length === 0) continue;
      const inHeading = section.id !== undefined && inside.some((l) => l < section.headingEnd);
      score += term.weight * (1 + Math.log(inside.length)) * (inHeading ? HEADING_BOOST : 1);
      covered += term.weight;
      locations.push(...inside);
    }
    if (score > 0) out.push({ section, score: score * (0.5 + covered / total), locations: locations.sort((a, b) => a - b) });
  }
  return out.sort((a, b) => b.score - a.score || a.section.start - b.section.start);
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ExcerptOptions {
  readonly length: number;
}

/**
 * A window of about `length` words from a section (after its heading), placed where the
 * most matched words are, with those words in `<mark>`. Returns HTML with the text escaped.
 */
export function buildExcerpt(words: readonly string[], section: Section, marked: readonly number[], opts: ExcerptOptions): string {
  const visible: number[] = [];
  for (let i = section.headingEnd; i < section.end; i++) if (words[i]) visible.push(i);
  if (visible.length === 0) return '';
  const marks = new Set(marked);
  // Slide a window over the visible words; keep the first one holding the most matches.
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start < Math.max(1, visible.length - opts.length + 1); start++) {
    let count = 0;
    for (let j = start; j < Math.min(visible.length, start + opts.length); j++) if (marks.has(visible[j]!)) count++;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  // Back up a few words when a match opens the window, so it reads as a sentence, not a fragment.
  const firstMatch = visible.slice(best, best + opts.length).findIndex((i) => marks.has(i));
  const from = firstMatch >= 0 && firstMatch < 3 ? Math.max(0, best - (3 - firstMatch)) : best;
  const chosen = visible.slice(from, from + opts.length);
  const html = chosen.map((i) => (marks.has(i) ? `<mark>${escapeHtml(words[i]!)}</mark>` : escapeHtml(words[i]!))).join(' ');
  return `${from > 0 ? '… ' : ''}${html}${from + opts.length < visible.length ? ' …' : ''}`;
}

/** A ranked page with its record read. */
export interface ReadPage {
  readonly page: PageScore;
  readonly record: PageRecord;
}

export interface Reweighing {
  /** URL of the catalog entry the query is known to be (the message matcher's answer). */
  readonly known?: string | undefined;
  /** Path of the catalog page: its entries are short records that win on one shared word. */
  readonly messagesPath: string;
  readonly messageWeight: number;
  /** Whether one of a page's h2/h3 headings is exactly what was asked. */
  readonly headsQuery: (record: PageRecord) => boolean;
  readonly headingBoost: number;
}

/**
 * The final order, once the records are read: the known message first, catalog entries counting
 * for less than pages that explain a problem, and a page whose section heading is the query itself
 * counting for more. Returns the pages with their final score, best first.
 */
export function reweigh<T extends ReadPage>(read: readonly T[], w: Reweighing): (T & { readonly score: number })[] {
  return read
    .map((r) => ({
      ...r,
      score:
        r.record.url === w.known
          ? Number.MAX_VALUE
          : r.page.score * (r.record.url.startsWith(w.messagesPath) ? w.messageWeight : 1) * (w.headsQuery(r.record) ? w.headingBoost : 1),
    }))
    .sort((a, b) => b.score - a.score);
}
