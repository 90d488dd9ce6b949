/**
 * The search behind the header box and /search/: reads the query (search-query), asks Pagefind
 * one word at a time, ranks and quotes (search-rank). Pagefind is passed in as a loader, so it is
 * fetched only when the visitor starts searching, and tests can hand in a fake.
 */
import {
  EXCERPT_WORDS,
  HIGHLIGHT_PARAM,
  PAGEFIND_IN_WORKER,
  PAGEFIND_RANKING,
  RESULT_KINDS,
  IDIOMS,
  STOP_WORDS,
  SYNONYM_WEIGHT,
  SYNONYMS,
  WEAK_WEIGHT,
  WEAK_WORDS,
} from '../config/search';
import { analyseQuery, highlightTerms, type QueryTerm, type Vocabulary } from '../lib/search-query';
import {
  buildExcerpt,
  rankPages,
  scoreSections,
  sectionsOf,
  splitWords,
  type PageRecord,
  type TermMatch,
} from '../lib/search-rank';
import { withHighlight } from '../lib/highlight';

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`, version 1.6) used here. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text: string; location: number }[];
}
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindFragment>;
}
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchHit {
  /** Link to the section, carrying the words to highlight. */
  readonly url: string;
  /** The section's heading (or the page title for the page as a whole). */
  readonly title: string;
  /** Title of the page the section is on; empty when `title` is already the page. */
  readonly page: string;
  /** "Cause", "Question"… */
  readonly kind: string;
  /** HTML: escaped text with matched words in `<mark>`. */
  readonly excerpt: string;
  readonly score: number;
}

export interface SearchOutcome {
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

const kindOf = (url: string): string => RESULT_KINDS.find((k) => url.startsWith(k.prefix))?.label ?? 'Page';

export interface SearchEngine {
  /** Load Pagefind and its metadata now (on focus), so the first keystroke finds it ready. */
  warm(): Promise<void>;
  /** Up to `limit` results, each quoting about `excerptWords` words. */
  search(query: string, limit: number, excerptWords?: number): Promise<SearchOutcome>;
}

export function createSearchEngine(load: () => Promise<PagefindModule>, vocab: Vocabulary = VOCABULARY): SearchEngine {
  let ready: Promise<PagefindModule> | undefined;
  const api = () =>
    (ready ??= load().then(async (pf) => {
      // One call: Pagefind keeps only the last options given before init.
      await pf.options({ ranking: PAGEFIND_RANKING, noWorker: !PAGEFIND_IN_WORKER });
      await pf.init();
      return pf;
    }));

  // Each word's answer and each page's record are fetched once per visit: typing a sentence
  // repeats the same words over and over.
  const termCache = new Map<string, Promise<TermMatch[]>>();
  const resultOf = new Map<string, PagefindResult>();
  const records = new Map<string, Promise<PageRecord>>();

  const lookUp = (term: string): Promise<TermMatch[]> => {
    let cached = termCache.get(term);
    if (!cached) {
      cached = api().then(async (pf) => {
        const res = await pf.search(term);
        return (res?.results ?? []).map((r) => {
          if (!resultOf.has(r.id)) resultOf.set(r.id, r);
          return { pageId: r.id, score: r.score, locations: [...r.words] };
        });
      });
      // A failed lookup (network blip) is retried next time rather than cached.
      cached.catch(() => termCache.delete(term));
      termCache.set(term, cached);
    }
    return cached;
  };

  const recordOf = (pageId: string): Promise<PageRecord> => {
    let cached = records.get(pageId);
    if (!cached) {
      cached = resultOf.get(pageId)!.data().then((d) => ({
        // Copy now: Pagefind reuses the fragment object between calls.
        url: d.meta['url'] ?? d.url,
        title: d.meta['title'] ?? d.url,
        content: d.content,
        anchors: d.anchors.map((a) => ({ element: a.element, id: a.id, text: a.text, location: a.location })),
      }));
      cached.catch(() => records.delete(pageId));
      records.set(pageId, cached);
    }
    return cached;
  };

  async function search(query: string, limit: number, excerptWords = EXCERPT_WORDS): Promise<SearchOutcome> {
    const terms = analyseQuery(query, vocab);
    if (terms.length === 0) return { query, terms, hits: [] };
    const searches = await Promise.all(terms.map(async (term) => ({ term, matches: await lookUp(term.term) })));
    const pages = rankPages(searches).slice(0, limit);
    const marks = highlightTerms(terms, vocab);
    const hits: SearchHit[] = [];
    for (const page of pages) {
      const record = await recordOf(page.pageId);
      const words = splitWords(record.content);
      const sections = sectionsOf(record, words.length);
      // Each page gives one result, its best section, so other pages stay in view. A page found
      // only through its keywords offers itself, quoting its opening.
      const best = scoreSections(sections, page.hits)[0] ?? { section: sections[0]!, locations: [] };
      const { section, locations } = best;
      hits.push({
        url: withHighlight(section.id ? `${record.url}#${section.id}` : record.url, marks, HIGHLIGHT_PARAM),
        title: section.title,
        page: section.id ? record.title : '',
        kind: kindOf(record.url),
        excerpt: buildExcerpt(words, section, locations, { length: excerptWords }),
        score: page.score,
      });
    }
    hits.sort((a, b) => b.score - a.score);
    return { query, terms, hits: hits.slice(0, limit) };
  }

  return { warm: async () => void (await api()), search };
}

/** Load Pagefind from the built site. Kept out of the bundle: the file exists only after `npm run build`. */
export function loadPagefind(url: string): () => Promise<PagefindModule> {
  return () => import(/* @vite-ignore */ url) as Promise<PagefindModule>;
}
