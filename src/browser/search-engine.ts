/**
 * The search behind the header box and /search/: reads the query (search-query), asks Pagefind
 * one word at a time (search-pagefind), ranks and quotes (search-rank).
 *
 * The message catalog's matcher (the same one the wizard's paste box uses) can be passed in too:
 * a query that is a known message puts that message's entry first, and other catalog entries,
 * short records that would otherwise win on one shared word, count for less than the pages that
 * explain a problem.
 */
import {
  EXCERPT_WORDS,
  HEADING_MATCH_BOOST,
  HIGHLIGHT_PARAM,
  MESSAGE_RECORD_WEIGHT,
  RERANK_POOL,
  RESULT_KINDS,
  IDIOMS,
  STOP_WORDS,
  SYNONYM_WEIGHT,
  SYNONYMS,
  WEAK_WEIGHT,
  WEAK_WORDS,
  type ResultKind,
} from '../config/search';
import type { Locale } from '../config/locales';
import { analyseQuery, highlightTerms, standInForUnknown, type QueryTerm, type Vocabulary } from '../common/search-query';
import {
  buildExcerpt,
  rankPages,
  reweigh,
  scoreSections,
  sectionsOf,
  splitWords,
  type PageScore,
  type ReadPage,
  type TermSearch,
} from '../common/search-rank';
import { withHighlight } from '../common/highlight';
import type { Matcher } from '../common/message-match';
import { MESSAGES_PATH, messageUrl } from '../common/urls';
import { pagefindSource, type PagefindModule, type PagefindSource } from './search-pagefind';

export interface SearchHit {
  /** Link to the section, carrying the words to highlight. */
  readonly url: string;
  /** The section's heading (or the page title for the page as a whole). */
  readonly title: string;
  /** Title of the page the section is on; empty when `title` is already the page. */
  readonly page: string;
  /** "Cause", "Question"… (its English label; search-words.ts has the page language's word). */
  readonly kind: ResultKind;
  /** HTML: escaped text with matched words in `<mark>`. */
  readonly excerpt: string;
  readonly score: number;
}

export interface SearchResponse {
  readonly query: string;
  readonly terms: readonly QueryTerm[];
  readonly hits: readonly SearchHit[];
}

export const VOCABULARY: Vocabulary = {
  stopWords: STOP_WORDS,
  idioms: IDIOMS,
  weakWords: WEAK_WORDS,
  synonyms: SYNONYMS,
  weakWeight: WEAK_WEIGHT,
  synonymWeight: SYNONYM_WEIGHT,
};

/**
 * Each language's vocabulary, as a loader: a language's words are fetched only with search, and
 * only that language's (the /search/ page's first script stays within its budget). Pagefind picks
 * the same language's index itself, from `<html lang>`.
 */
export const VOCABULARIES: Readonly<Record<Locale, () => Promise<Vocabulary>>> = {
  en: () => Promise.resolve(VOCABULARY),
  es: () => import('../config/search-es').then((m) => m.VOCABULARY_ES),
  ja: () => import('../config/search-ja').then((m) => m.VOCABULARY_JA),
};

/** The language of a page from its `<html lang>` ("ja", "es-MX"), English when it is none of ours. */
export function searchLocale(lang: string): Locale {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(VOCABULARIES, primary) ? (primary as Locale) : 'en';
}

/** The kind of a result, from its address without the language prefix (`/ja/causes/…` is a cause). */
const kindOf = (url: string): ResultKind => {
  const path = url.replace(/^\/[a-z]{2}\//, '/');
  return RESULT_KINDS.find((k) => path.startsWith(k.prefix))?.label ?? 'Page';
};

export interface SearchEngine {
  /** Load Pagefind and its metadata now (on focus), so the first keystroke finds it ready. */
  warm(): Promise<void>;
  /** Up to `limit` results, each quoting about `excerptWords` words. */
  search(query: string, limit: number, excerptWords?: number): Promise<SearchResponse>;
}

/** Each term with the pages it matches; a typed word no page has lends its weight to its stand-ins. */
async function matchTerms(source: PagefindSource, terms: readonly QueryTerm[]): Promise<TermSearch[]> {
  const found = await Promise.all(terms.map(async (term) => ({ term, matches: await source.lookUp(term.term) })));
  const unknown = new Set(found.filter((s) => s.term.typed && s.matches.length === 0).map((s) => s.term.term));
  const weighted = standInForUnknown(
    found.map((s) => s.term),
    unknown,
  );
  return found.map((s, i) => ({ term: weighted[i]!, matches: s.matches }));
}

/**
 * The records of the best ranked pages. A known message shares its words with the query, so its
 * entry is among the ranked pages, maybe further down than the pool: read on until it is found.
 */
async function readRanked(source: PagefindSource, ranked: readonly PageScore[], knownUrl: string | undefined): Promise<ReadPage[]> {
  const readAll = (pages: readonly PageScore[]) =>
    Promise.all(pages.map(async (page): Promise<ReadPage> => ({ page, record: await source.recordOf(page.pageId) })));
  const read = await readAll(ranked.slice(0, RERANK_POOL));
  for (let at = RERANK_POOL; knownUrl && !read.some((r) => r.record.url === knownUrl) && at < ranked.length; at += RERANK_POOL) {
    read.push(...(await readAll(ranked.slice(at, at + RERANK_POOL))));
  }
  return read;
}

/** A text's own words (no stand-ins), sorted: a heading that says just what was asked. */
const ownWords = (text: string, vocab: Vocabulary): string =>
  analyseQuery(text, vocab)
    .filter((t) => t.typed)
    .map((t) => t.term)
    .sort()
    .join(' ');

/**
 * A read page as a result. Each page gives one result, its best section, so other pages stay in
 * view. A page found only through its keywords offers itself, quoting its opening.
 */
function toHit({ page, record, score }: ReadPage & { readonly score: number }, marks: readonly string[], excerptWords: number): SearchHit {
  const content = splitWords(record.content);
  const sections = sectionsOf(record, content.length);
  const { section, locations } = scoreSections(sections, page.hits)[0] ?? { section: sections[0]!, locations: [] };
  return {
    url: withHighlight(section.id ? `${record.url}#${section.id}` : record.url, marks, HIGHLIGHT_PARAM),
    title: section.title,
    page: section.id ? record.title : '',
    kind: kindOf(record.url),
    excerpt: buildExcerpt(content, section, locations, { length: excerptWords }),
    score,
  };
}

export function createSearchEngine(
  load: () => Promise<PagefindModule>,
  vocab: Vocabulary | (() => Promise<Vocabulary>) = VOCABULARY,
  loadMatcher?: () => Promise<Matcher>,
): SearchEngine {
  const source = pagefindSource(load);
  let vocabLoaded: Promise<Vocabulary> | undefined;
  const vocabulary = (): Promise<Vocabulary> => (vocabLoaded ??= typeof vocab === 'function' ? vocab() : Promise.resolve(vocab));
  // Without the catalog (offline, or a test without one), search still works: no message is known.
  const matcher = (): Promise<Matcher | undefined> => (loadMatcher ? loadMatcher().catch(() => undefined) : Promise.resolve(undefined));

  async function search(query: string, limit: number, excerptWords = EXCERPT_WORDS): Promise<SearchResponse> {
    const vocab = await vocabulary();
    const terms = analyseQuery(query, vocab);
    if (terms.length === 0) return { query, terms, hits: [] };
    const [searches, known] = await Promise.all([matchTerms(source, terms), matcher().then((m) => m?.match(query))]);
    const knownUrl = known ? messageUrl(known.entry.id) : undefined;
    const read = await readRanked(source, rankPages(searches), knownUrl);
    const asked = ownWords(query, vocab);
    const weighed = reweigh(read, {
      known: knownUrl,
      messagesPath: MESSAGES_PATH,
      messageWeight: MESSAGE_RECORD_WEIGHT,
      headsQuery: (record) => record.anchors.some((a) => /^h[23]$/i.test(a.element) && ownWords(a.text, vocab) === asked),
      headingBoost: HEADING_MATCH_BOOST,
    }).slice(0, limit);
    const marks = highlightTerms(terms, vocab);
    return { query, terms, hits: weighed.map((best) => toHit(best, marks, excerptWords)) };
  }

  return { warm: async () => void (await Promise.all([source.ready(), matcher(), vocabulary()])), search };
}
