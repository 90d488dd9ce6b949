/**
 * The header search box as an ARIA 1.2 combobox: results appear under it as you type, ↑/↓ move
 * through them, Enter opens the chosen one (or, with none chosen, the full results page, which is
 * what the form does without JavaScript), Escape closes the list. Loaded on first focus only.
 */
import { HEADER_EXCERPT_WORDS, HEADER_RESULT_LIMIT, MIN_QUERY_LENGTH, PAGEFIND_URL } from '../config/search';
import { createSearchEngine, loadPagefind, VOCABULARY, type SearchEngine, type SearchOutcome } from './search-engine';
import { loadCatalogMatcher } from './catalog-matcher';
import { countText, hitParts, searchPageUrl } from './search-results';
import { DIAGNOSE_PATH } from '../common/urls';

export interface HeaderSearch {
  /** Resolves when the results for the current text are on screen (tests, timing). */
  settled(): Promise<void>;
}

export function enhanceHeaderSearch(
  doc: Document,
  win: Window,
  input: HTMLInputElement,
  engine: SearchEngine = createSearchEngine(loadPagefind(PAGEFIND_URL), VOCABULARY, () => loadCatalogMatcher(win.fetch.bind(win))),
): HeaderSearch {
  const form = input.form!;
  const listId = `${input.id}-results`;

  const popup = doc.createElement('div');
  popup.className = 'search-popup';
  popup.hidden = true;
  const list = doc.createElement('ul');
  list.id = listId;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  const empty = doc.createElement('p');
  empty.className = 'search-empty';
  empty.hidden = true;
  const status = doc.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  popup.append(list, empty);
  form.append(popup, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);

  let active = -1;
  let seq = 0;
  let pending: Promise<void> = Promise.resolve();
  let shown = '';

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];

  function open(): void {
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }
  function close(): void {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }
  function setActive(index: number): void {
    const all = options();
    active = index;
    all.forEach((opt, i) => opt.setAttribute('aria-selected', String(i === index)));
    const current = all[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function render(outcome: SearchOutcome): void {
    const query = outcome.query.trim();
    shown = query;
    list.replaceChildren();
    setActive(-1);
    // Each option is the link itself (in a presentational <li>), so a click or middle-click works
    // like any link and nothing interactive sits inside an option.
    const option = (id: string, href: string): HTMLAnchorElement => {
      const a = doc.createElement('a');
      a.id = id;
      a.href = href;
      a.tabIndex = -1;
      a.setAttribute('role', 'option');
      a.setAttribute('aria-selected', 'false');
      const li = doc.createElement('li');
      li.setAttribute('role', 'none');
      li.append(a);
      list.append(li);
      return a;
    };
    outcome.hits.forEach((hit, i) => {
      const a = option(`${listId}-${i}`, hit.url);
      a.append(...hitParts(doc, hit));
      // Named by title and place; the quoted text is its description, read after a pause.
      const excerpt = a.querySelector<HTMLElement>('.search-hit-excerpt');
      if (excerpt) {
        excerpt.id = `${a.id}-excerpt`;
        excerpt.setAttribute('aria-hidden', 'true');
        a.setAttribute('aria-describedby', excerpt.id);
      }
    });
    // Last option: every result on the full page (also where Enter goes with nothing chosen).
    const all = option(`${listId}-all`, searchPageUrl(query));
    all.classList.add('search-all');
    all.textContent = outcome.hits.length ? `All results for “${query}”` : `Search page for “${query}”`;

    empty.hidden = outcome.hits.length > 0;
    if (outcome.hits.length === 0) {
      empty.replaceChildren(
        'Nothing matches those words. Try fewer or simpler words, or ',
        Object.assign(doc.createElement('a'), { href: DIAGNOSE_PATH, textContent: 'diagnose your problem' }),
        '.',
      );
    }
    list.dataset.query = query;
    open();
    status.textContent = outcome.hits.length
      ? `${countText(outcome.hits.length)}. Use the up and down arrow keys to choose, Enter to open.`
      : `${countText(0)} for ${query}.`;
  }

  function run(): void {
    const query = input.value;
    const mine = ++seq;
    if (query.trim().length < MIN_QUERY_LENGTH) {
      shown = '';
      list.replaceChildren();
      close();
      pending = Promise.resolve();
      return;
    }
    pending = engine.search(query, HEADER_RESULT_LIMIT, HEADER_EXCERPT_WORDS).then(
      (outcome) => {
        if (mine === seq) render(outcome);
      },
      () => {
        if (mine !== seq) return;
        // Pagefind could not load (offline, blocked): the form still works, so say so.
        status.textContent = 'Live results are unavailable. Press Enter to search.';
      },
    );
  }

  input.addEventListener('input', run);
  input.addEventListener('focus', () => {
    if (shown && shown === input.value.trim()) open();
    else run();
  });
  input.addEventListener('keydown', (event) => {
    const all = options();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (all.length === 0) return;
        event.preventDefault();
        if (popup.hidden) open();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // Wrap past either end back to the text box (-1), as most comboboxes do.
        const next = active + step;
        setActive(next >= all.length ? -1 : next < -1 ? all.length - 1 : next);
        break;
      }
      case 'Enter': {
        const chosen = all[active] as HTMLAnchorElement | undefined;
        if (!popup.hidden && chosen) {
          event.preventDefault();
          win.location.assign(chosen.href);
        }
        // Otherwise the form submits to /search/?q=…
        break;
      }
      case 'Escape':
        if (!popup.hidden) {
          // Close only; a second Escape clears the box (the browser's own behaviour).
          event.preventDefault();
          close();
        }
        break;
    }
  });
  // Keep focus in the box while a result is clicked, so the list is still there to receive the click.
  popup.addEventListener('pointerdown', (event) => {
    if ((event.target as Element).closest('a[href]')) return;
    event.preventDefault();
  });
  form.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (!to || !form.contains(to)) close();
  });
  doc.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) close();
  });

  engine.warm().catch(() => {
    status.textContent = 'Live results are unavailable. Press Enter to search.';
  });
  run();
  return { settled: () => pending };
}
