/**
 * The header search box's DOM: the popup under the box (a listbox of result links and a "nothing
 * matches" line), the status line screen readers hear, and the ARIA 1.2 combobox attributes on the
 * box. It draws what search-combobox-state says and keeps no state of its own.
 */
import { maker } from './dom';
import { hitParts, searchPageUrl } from './search-results';
import { countText, type SearchSettings } from './search-words';
import { fill } from '../common/fill';
import type { SearchHit, SearchResponse } from './search-engine';
import type { ComboboxState } from './search-combobox-state';

export interface ComboboxView {
  readonly input: HTMLInputElement;
  readonly popup: HTMLElement;
  readonly list: HTMLElement;
  readonly empty: HTMLElement;
  readonly status: HTMLElement;
  /** The page language's words, and its wizard's address. */
  readonly settings: SearchSettings;
}

/** Add the popup and status line to the box's form, and make the box a combobox controlling the list. */
export function buildCombobox(doc: Document, input: HTMLInputElement, settings: SearchSettings): ComboboxView {
  const make = maker(doc);
  const listId = `${input.id}-results`;
  const list = make('ul', { id: listId, role: 'listbox', 'aria-label': settings.words.header.list });
  const empty = make('p', { class: 'search-empty', hidden: '' });
  const popup = make('div', { class: 'search-popup', hidden: '' }, list, empty);
  const status = make('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  input.form!.append(popup, status);
  for (const [name, value] of Object.entries({
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  }))
    input.setAttribute(name, value);
  return { input, popup, list, empty, status, settings };
}

/** The list's options, in order. */
export const optionsOf = (view: ComboboxView): HTMLAnchorElement[] => [...view.list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

/**
 * Each option is the link itself (in a presentational <li>), so a click or middle-click works like
 * any link and nothing interactive sits inside an option.
 */
function option(doc: Document, id: string, href: string, ...children: (Node | string)[]): HTMLElement {
  const make = maker(doc);
  const a = make('a', { id, href, tabindex: '-1', role: 'option', 'aria-selected': 'false' }, ...children);
  return make('li', { role: 'none' }, a);
}

/** A result as an option, named by title and place; the quoted text is its description, read after a pause. */
function hitOption(doc: Document, id: string, hit: SearchHit, view: ComboboxView): HTMLElement {
  const parts = hitParts(doc, hit, view.settings.words);
  const excerpt = parts.find((p) => p.classList.contains('search-hit-excerpt'));
  const li = option(doc, id, hit.url, ...parts);
  if (excerpt) {
    excerpt.id = `${id}-excerpt`;
    excerpt.setAttribute('aria-hidden', 'true');
    li.firstElementChild!.setAttribute('aria-describedby', excerpt.id);
  }
  return li;
}

/** List a search's hits, then the link to every result on the full page (also where Enter goes with nothing chosen). */
export function renderHits(doc: Document, view: ComboboxView, response: SearchResponse): void {
  const query = response.query.trim();
  const listId = view.list.id;
  const found = response.hits.length > 0;
  const { words, diagnosePath } = view.settings;
  const all = option(
    doc,
    `${listId}-all`,
    searchPageUrl(query, view.input.form?.getAttribute('action') ?? undefined),
    fill(found ? words.header.allResults : words.header.searchPage, { query }),
  );
  all.firstElementChild!.classList.add('search-all');
  view.list.replaceChildren(...response.hits.map((hit, i) => hitOption(doc, `${listId}-${i}`, hit, view)), all);
  view.list.dataset.query = query;
  view.empty.hidden = found;
  if (!found) {
    // The sentence around the link, in this language's order: the text before and after {diagnose}.
    const [before = '', after = ''] = words.header.nothing.split('{diagnose}');
    view.empty.replaceChildren(before, maker(doc)('a', { href: diagnosePath }, words.header.diagnose), after);
  }
  const count = countText(words, response.hits.length);
  view.status.textContent = fill(found ? words.header.found : words.header.none, { count, query });
}

/** Empty the list (the text is too short to search). */
export function clearHits(view: ComboboxView): void {
  view.list.replaceChildren();
}

/** Pagefind could not load (offline, blocked): the form still works, so say so. */
export function showUnavailable(view: ComboboxView): void {
  view.status.textContent = view.settings.words.header.unavailable;
}

/** Open or close the popup and mark the chosen option, as the state says. */
export function drawState(view: ComboboxView, state: ComboboxState): void {
  view.popup.hidden = !state.open;
  view.input.setAttribute('aria-expanded', String(state.open));
  const options = optionsOf(view);
  options.forEach((opt, i) => opt.setAttribute('aria-selected', String(i === state.active)));
  const current = options[state.active];
  if (current) {
    view.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else view.input.removeAttribute('aria-activedescendant');
}
