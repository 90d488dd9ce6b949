/**
 * /search/?q=…: the full results page. Reads `q` on load, searches as you type and keeps the URL
 * and the tab's title in step (replaceState), so any search can be linked. Without JavaScript the
 * page still lists every cause.
 */
import { MIN_QUERY_LENGTH, PAGE_RESULT_LIMIT, PAGEFIND_URL } from '../config/search';
import type { SearchEngine, SearchResponse } from './search-engine';
import { latestSearch } from './search-latest';
import { maker } from './dom';
import { hitParts } from './search-results';
import { countText, readSearchSettings } from './search-words';
import { fill } from '../common/fill';
import type { SearchWords } from '../i18n/search/en';

/** `/search/?q=words` for a query; the bare page for none. */
function pageUrlFor(pathname: string, query: string): string {
  const q = query.trim();
  return q ? `${pathname}?${new URLSearchParams({ q })}` : pathname;
}

/** The parts of /search/ the script fills in, all rendered by the page. */
interface SearchPageView {
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly list: HTMLElement;
  readonly status: HTMLElement;
  readonly none: HTMLElement;
  readonly noneQuery: HTMLElement;
  readonly browse: HTMLElement;
}

function findView(doc: Document): SearchPageView | undefined {
  const form = doc.querySelector<HTMLFormElement>('form[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const list = doc.querySelector<HTMLElement>('[data-search-results]');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const none = doc.querySelector<HTMLElement>('[data-search-none]');
  const noneQuery = doc.querySelector<HTMLElement>('[data-search-none-query]');
  const browse = doc.querySelector<HTMLElement>('[data-search-browse]');
  if (!form || !input || !list || !status || !none || !noneQuery || !browse) return undefined;
  return { form, input, list, status, none, noneQuery, browse };
}

function renderHits(doc: Document, view: SearchPageView, words: SearchWords, response: SearchResponse): void {
  const make = maker(doc);
  const query = response.query.trim();
  const found = response.hits.length > 0;
  view.list.replaceChildren(
    ...response.hits.map((hit) => {
      // Only the title is the link: a list of links named by their whole excerpt is tiring to hear.
      const [title, ...rest] = hitParts(doc, hit, words);
      return make('li', null, make('a', { href: hit.url }, title), rest);
    }),
  );
  view.list.hidden = !found;
  view.none.hidden = found;
  view.noneQuery.textContent = query;
  view.browse.hidden = found;
  view.status.textContent = fill(words.page.status, { count: countText(words, response.hits.length), query });
}

/** Back to the page as served: no results, no message, the causes to browse. */
function clearHits(view: SearchPageView): void {
  view.list.replaceChildren();
  view.list.hidden = true;
  view.none.hidden = true;
  view.browse.hidden = false;
  view.status.textContent = '';
}

/**
 * The search engine, Pagefind and the page language's words, fetched once the page has a query
 * (as the header box fetches them on focus): the page's first script stays small.
 */
function loadEngine(doc: Document, win: Window): () => Promise<SearchEngine> {
  return () =>
    Promise.all([import('./search-engine'), import('./search-pagefind'), import('./catalog-matcher')]).then(([e, p, c]) =>
      e.createSearchEngine(p.loadPagefind(PAGEFIND_URL), e.VOCABULARIES[e.searchLocale(doc.documentElement.lang)], () =>
        c.loadCatalogMatcher(win.fetch.bind(win)),
      ),
    );
}

export interface SearchPage {
  settled(): Promise<void>;
}

export function runSearchPage(
  doc: Document,
  win: Window,
  engine: SearchEngine | (() => Promise<SearchEngine>) = loadEngine(doc, win),
): SearchPage | undefined {
  const view = findView(doc);
  if (!view) return undefined;
  let loaded: Promise<SearchEngine> | undefined;
  const getEngine = (): Promise<SearchEngine> => (loaded ??= typeof engine === 'function' ? engine() : Promise.resolve(engine));
  const { form, input } = view;
  const { words } = readSearchSettings(doc);
  const baseTitle = doc.title;
  const latest = latestSearch();

  const run = (updateUrl: boolean): void => {
    const query = input.value;
    if (updateUrl) win.history.replaceState(win.history.state, '', pageUrlFor(win.location.pathname, query));
    doc.title = query.trim() ? `${query.trim()} · ${baseTitle}` : baseTitle;
    if (query.trim().length < MIN_QUERY_LENGTH) {
      latest.cancel();
      clearHits(view);
      return;
    }
    latest.run(
      () => getEngine().then((e) => e.search(query, PAGE_RESULT_LIMIT)),
      (response) => renderHits(doc, view, words, response),
      () => {
        view.status.textContent = words.page.failed;
      },
    );
  };

  input.value = new URLSearchParams(win.location.search).get('q') ?? '';
  input.addEventListener('input', () => run(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(true);
  });
  if (input.value.trim()) run(false);
  else input.focus();
  return { settled: () => latest.settled() };
}
