/**
 * /search/?q=…: the full results page. Reads `q` on load, searches as you type and keeps the URL
 * in step (replaceState), so any search can be linked. Without JavaScript the page still lists
 * every cause.
 */
import { MIN_QUERY_LENGTH, PAGE_RESULT_LIMIT, PAGEFIND_URL } from '../config/search';
import { createSearchEngine, loadPagefind, VOCABULARY, type SearchEngine, type SearchOutcome } from './search-engine';
import { loadCatalogMatcher } from './catalog-matcher';
import { countText, hitParts } from './search-results';

/** `/search/?q=words` for a query; the bare page for none. */
function pageUrlFor(pathname: string, query: string): string {
  const q = query.trim();
  return q ? `${pathname}?${new URLSearchParams({ q })}` : pathname;
}

export interface SearchPage {
  settled(): Promise<void>;
}

export function runSearchPage(
  doc: Document,
  win: Window,
  engine: SearchEngine = createSearchEngine(loadPagefind(PAGEFIND_URL), VOCABULARY, () => loadCatalogMatcher(win.fetch.bind(win))),
): SearchPage | undefined {
  const form = doc.querySelector<HTMLFormElement>('form[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const list = doc.querySelector<HTMLOListElement>('[data-search-results]');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const none = doc.querySelector<HTMLElement>('[data-search-none]');
  const noneQuery = doc.querySelector<HTMLElement>('[data-search-none-query]');
  const browse = doc.querySelector<HTMLElement>('[data-search-browse]');
  if (!form || !input || !list || !status || !none || !noneQuery || !browse) return undefined;
  const baseTitle = doc.title;

  let seq = 0;
  let pending: Promise<void> = Promise.resolve();

  function render(outcome: SearchOutcome): void {
    const query = outcome.query.trim();
    list!.replaceChildren(
      ...outcome.hits.map((hit) => {
        // Only the title is the link: a list of links named by their whole excerpt is tiring to hear.
        const [title, ...rest] = hitParts(doc, hit);
        const link = doc.createElement('a');
        link.href = hit.url;
        link.append(title!);
        const li = doc.createElement('li');
        li.append(link, ...rest);
        return li;
      }),
    );
    list!.hidden = outcome.hits.length === 0;
    none!.hidden = outcome.hits.length > 0;
    noneQuery!.textContent = query;
    browse!.hidden = outcome.hits.length > 0;
    status!.textContent = `${countText(outcome.hits.length)} for “${query}”.`;
  }

  function clear(): void {
    list!.replaceChildren();
    list!.hidden = true;
    none!.hidden = true;
    browse!.hidden = false;
    status!.textContent = '';
  }

  function run(updateUrl: boolean): void {
    const query = input!.value;
    const mine = ++seq;
    if (updateUrl) win.history.replaceState(win.history.state, '', pageUrlFor(win.location.pathname, query));
    doc.title = query.trim() ? `${query.trim()} · ${baseTitle}` : baseTitle;
    if (query.trim().length < MIN_QUERY_LENGTH) {
      clear();
      pending = Promise.resolve();
      return;
    }
    pending = engine.search(query, PAGE_RESULT_LIMIT).then(
      (outcome) => {
        if (mine === seq) render(outcome);
      },
      () => {
        if (mine === seq)
          status!.textContent = 'Search could not load. Check your connection and reload the page, or browse the causes below.';
      },
    );
  }

  input.value = new URLSearchParams(win.location.search).get('q') ?? '';
  input.addEventListener('input', () => run(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(true);
  });
  if (input.value.trim()) run(false);
  else input.focus();
  return { settled: () => pending };
}
