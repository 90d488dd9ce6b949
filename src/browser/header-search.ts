/**
 * The header search box as an ARIA 1.2 combobox: results appear under it as you type, ↑/↓ move
 * through them, Enter opens the chosen one (or, with none chosen, the full results page, which is
 * what the form does without JavaScript), Escape closes the list. Loaded on first focus only.
 *
 * This module wires events to the state (search-combobox-state) and redraws the view
 * (search-combobox-view) after each change.
 */
import { HEADER_EXCERPT_WORDS, HEADER_RESULT_LIMIT, MIN_QUERY_LENGTH, PAGEFIND_URL } from '../config/search';
import { createSearchEngine, searchLocale, VOCABULARIES, type SearchEngine } from './search-engine';
import { loadPagefind } from './search-pagefind';
import { loadCatalogMatcher } from './catalog-matcher';
import { latestSearch } from './search-latest';
import { EMPTY, closed, listed, opened, pressed, type ComboboxState } from './search-combobox-state';
import { buildCombobox, clearHits, drawState, optionsOf, renderHits, showUnavailable, type ComboboxView } from './search-combobox-view';
import { readSearchSettings } from './search-words';

export interface HeaderSearch {
  /** Resolves when the results for the current text are on screen (tests, timing). */
  settled(): Promise<void>;
}

/** Keys, clicks and focus moves that open, step through or close the list. */
function wireKeysAndFocus(doc: Document, win: Window, view: ComboboxView, get: () => ComboboxState, set: (s: ComboboxState) => void): void {
  const form = view.input.form!;
  view.input.addEventListener('keydown', (event) => {
    const result = pressed(get(), event.key);
    if (!result) return;
    event.preventDefault();
    set(result.state);
    const chosen = result.follow === undefined ? undefined : optionsOf(view)[result.follow];
    if (chosen) win.location.assign(chosen.href);
  });
  // Keep focus in the box while a result is clicked, so the list is still there to receive the click.
  view.popup.addEventListener('pointerdown', (event) => {
    if ((event.target as Element).closest('a[href]')) return;
    event.preventDefault();
  });
  form.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (!to || !form.contains(to)) set(closed(get()));
  });
  doc.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) set(closed(get()));
  });
}

export function enhanceHeaderSearch(
  doc: Document,
  win: Window,
  input: HTMLInputElement,
  engine: SearchEngine = createSearchEngine(loadPagefind(PAGEFIND_URL), VOCABULARIES[searchLocale(doc.documentElement.lang)], () =>
    loadCatalogMatcher(win.fetch.bind(win)),
  ),
): HeaderSearch {
  const view = buildCombobox(doc, input, readSearchSettings(doc));
  const latest = latestSearch();
  let state = EMPTY;
  const set = (next: ComboboxState): void => {
    state = next;
    drawState(view, state);
  };

  function run(): void {
    const query = input.value;
    if (query.trim().length < MIN_QUERY_LENGTH) {
      latest.cancel();
      clearHits(view);
      set(closed(EMPTY));
      return;
    }
    latest.run(
      () => engine.search(query, HEADER_RESULT_LIMIT, HEADER_EXCERPT_WORDS),
      (response) => {
        renderHits(doc, view, response);
        set(listed(response.query.trim(), optionsOf(view).length));
      },
      () => showUnavailable(view),
    );
  }

  input.addEventListener('input', run);
  input.addEventListener('focus', () => {
    if (state.shown && state.shown === input.value.trim()) set(opened(state));
    else run();
  });
  wireKeysAndFocus(doc, win, view, () => state, set);
  engine.warm().catch(() => showUnavailable(view));
  run();
  return { settled: () => latest.settled() };
}
