/**
 * The search behind the header box and /search/: reads the query (search-query), asks Pagefind
 * one word at a time, ranks and quotes (search-rank). Pagefind is passed in as a loader, so it is
 * fetched only when the visitor starts searching, and tests can hand in a fake.
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
  PAGEFIND_IN_WORKER,
  PAGEFIND_RANKING,
  RERANK_POOL,
  RESULT_KINDS,
  IDIOMS,
  STOP_WORDS,
  SYNONYM_WEIGHT,
  SYNONYMS,
  WEAK_WEIGHT,
  WEAK_WORDS,
} from '../config/search';
import { analyseQuery, highlightTerms, standInForUnknown, type QueryTerm, type Vocabulary } from '../common/search-query';
import {
  buildExcerpt,
  rankPages,
  reweigh,
  scoreSections,
  sectionsOf,
  splitWords,
  type PageRecord,
  type PageScore,
  type ReadPage,
  type TermMatch,
} from '../common/search-rank';
import { withHighlight } from '../common/highlight';
import type { Matcher } from '../common/message-match';
import { MESSAGES_PATH, messageUrl } from '../common/urls';

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`, version 1.6) used here. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text: string; location: number }[];
}
interface PagefindResult {
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

export function createSearchEngine(
  load: () => Promise<PagefindModule>,
  vocab: Vocabulary = VOCABULARY,
  loadMatcher?: () => Promise<Matcher>,
): SearchEngine {
  let ready: Promise<PagefindModule> | undefined;
  // Without the catalog (offline, or a test without one), search still works: no message is known.
  const matcher = (): Promise<Matcher | undefined> => (loadMatcher ? loadMatcher().catch(() => undefined) : Promise.resolve(undefined));
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
      cached = resultOf
        .get(pageId)!
        .data()
        .then((d) => ({
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
    const [found, known] = await Promise.all([
      Promise.all(terms.map(async (term) => ({ term, matches: await lookUp(term.term) }))),
      matcher().then((m) => m?.match(query)),
    ]);
    const unknown = new Set(found.filter((s) => s.term.typed && s.matches.length === 0).map((s) => s.term.term));
    const weighted = standInForUnknown(
      found.map((s) => s.term),
      unknown,
    );
    const searches = found.map((s, i) => ({ term: weighted[i]!, matches: s.matches }));
    const knownUrl = known ? messageUrl(known.entry.id) : undefined;
    const ranked = rankPages(searches);
    const readAll = (pages: readonly PageScore[]) =>
      Promise.all(pages.map(async (page): Promise<ReadPage> => ({ page, record: await recordOf(page.pageId) })));
    const read = await readAll(ranked.slice(0, RERANK_POOL));
    // A known message shares its words with the query, so its entry is among the ranked pages,
    // maybe further down than the pool: read on until it is found.
    for (let at = RERANK_POOL; knownUrl && !read.some((r) => r.record.url === knownUrl) && at < ranked.length; at += RERANK_POOL) {
      read.push(...(await readAll(ranked.slice(at, at + RERANK_POOL))));
    }
    const wordsOf = (text: string) =>
      analyseQuery(text, vocab)
        .filter((t) => t.typed)
        .map((t) => t.term)
        .sort()
        .join(' ');
    const asked = wordsOf(query);
    const weighed = reweigh(read, {
      known: knownUrl,
      messagesPath: MESSAGES_PATH,
      messageWeight: MESSAGE_RECORD_WEIGHT,
      headsQuery: (record) => record.anchors.some((a) => /^h[23]$/i.test(a.element) && wordsOf(a.text) === asked),
      headingBoost: HEADING_MATCH_BOOST,
    }).slice(0, limit);
    const marks = highlightTerms(terms, vocab);
    const hits = weighed.map(({ page, record, score }): SearchHit => {
      const content = splitWords(record.content);
      const sections = sectionsOf(record, content.length);
      // Each page gives one result, its best section, so other pages stay in view. A page found
      // only through its keywords offers itself, quoting its opening.
      const { section, locations } = scoreSections(sections, page.hits)[0] ?? { section: sections[0]!, locations: [] };
      return {
        url: withHighlight(section.id ? `${record.url}#${section.id}` : record.url, marks, HIGHLIGHT_PARAM),
        title: section.title,
        page: section.id ? record.title : '',
        kind: kindOf(record.url),
        excerpt: buildExcerpt(content, section, locations, { length: excerptWords }),
        score,
      };
    });
    return { query, terms, hits };
  }

  return { warm: async () => void (await Promise.all([api(), matcher()])), search };
}

/** Load Pagefind from the built site. Kept out of the bundle: the file exists only after `npm run build`. */
export function loadPagefind(url: string): () => Promise<PagefindModule> {
  return () => import(/* @vite-ignore */ url) as Promise<PagefindModule>;
}
