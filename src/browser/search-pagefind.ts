/**
 * Pagefind as the search engine reads it: loaded once, asked one word at a time, and each word's
 * matches and each page's record fetched once per visit (typing a sentence repeats the same words
 * over and over). Pagefind is passed in as a loader, so it is fetched only when the visitor starts
 * searching, and tests can hand in a fake.
 */
import { PAGEFIND_IN_WORKER, PAGEFIND_RANKING } from '../config/search';
import type { PageRecord, TermMatch } from '../common/search-rank';

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

export interface PagefindSource {
  /** Pagefind, loaded and set up (once). */
  ready(): Promise<PagefindModule>;
  /** The pages one word matches. */
  lookUp(term: string): Promise<TermMatch[]>;
  /** The record of a page `lookUp` returned. */
  recordOf(pageId: string): Promise<PageRecord>;
}

/** A promise kept per key; a failed one (network blip) is forgotten, so the next call retries. */
function cachedBy<T>(fetch: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    let cached = cache.get(key);
    if (!cached) {
      cached = fetch(key);
      cached.catch(() => cache.delete(key));
      cache.set(key, cached);
    }
    return cached;
  };
}

/** Pagefind's fragment as a record of our own: Pagefind reuses the fragment object between calls. */
const toRecord = (d: PagefindFragment): PageRecord => ({
  url: d.meta['url'] ?? d.url,
  title: d.meta['title'] ?? d.url,
  content: d.content,
  anchors: d.anchors.map((a) => ({ element: a.element, id: a.id, text: a.text, location: a.location })),
});

export function pagefindSource(load: () => Promise<PagefindModule>): PagefindSource {
  let loaded: Promise<PagefindModule> | undefined;
  const ready = () =>
    (loaded ??= load().then(async (pf) => {
      // One call: Pagefind keeps only the last options given before init.
      await pf.options({ ranking: PAGEFIND_RANKING, noWorker: !PAGEFIND_IN_WORKER });
      await pf.init();
      return pf;
    }));
  const resultOf = new Map<string, PagefindResult>();
  const lookUp = cachedBy(async (term) => {
    const res = await (await ready()).search(term);
    return (res?.results ?? []).map((r): TermMatch => {
      if (!resultOf.has(r.id)) resultOf.set(r.id, r);
      return { pageId: r.id, score: r.score, locations: [...r.words] };
    });
  });
  const recordOf = cachedBy((pageId) => resultOf.get(pageId)!.data().then(toRecord));
  return { ready, lookUp, recordOf };
}

/** Load Pagefind from the built site. Kept out of the bundle: the file exists only after `npm run build`. */
export function loadPagefind(url: string): () => Promise<PagefindModule> {
  return () => import(/* @vite-ignore */ url) as Promise<PagefindModule>;
}
