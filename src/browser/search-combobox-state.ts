/**
 * The header search box's state, the one place it lives: which query's results are listed, how
 * many options there are, which one is chosen, whether the list is open. Pure: the keys and
 * events come in, the next state goes out, and search-combobox-view draws it.
 */
export interface ComboboxState {
  /** The query whose results are listed ('' when none are). */
  readonly shown: string;
  /** Options in the list: the results and the "All results" link. */
  readonly options: number;
  /** The chosen option, or -1 for the text box itself. */
  readonly active: number;
  readonly open: boolean;
}

export const EMPTY: ComboboxState = { shown: '', options: 0, active: -1, open: false };

/** Fresh results for `query`: listed, open, nothing chosen yet. */
export const listed = (query: string, options: number): ComboboxState => ({ shown: query, options, active: -1, open: true });

export const opened = (state: ComboboxState): ComboboxState => ({ ...state, open: true });

export const closed = (state: ComboboxState): ComboboxState => ({ ...state, open: false, active: -1 });

/** One step down (1) or up (-1), opening the list; past either end back to the text box, as most comboboxes do. */
export function stepped(state: ComboboxState, step: 1 | -1): ComboboxState {
  const next = state.active + step;
  return { ...state, open: true, active: next >= state.options ? -1 : next < -1 ? state.options - 1 : next };
}

export interface KeyResult {
  readonly state: ComboboxState;
  /** The option to open (Enter on a chosen one). */
  readonly follow?: number;
}

/**
 * What a key does to the box; undefined when the key is not ours, so the browser's own behaviour
 * goes on: Enter with nothing chosen submits the form (the full results page), and Escape on a
 * closed list clears the box.
 */
export function pressed(state: ComboboxState, key: string): KeyResult | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp':
      return state.options > 0 ? { state: stepped(state, key === 'ArrowDown' ? 1 : -1) } : undefined;
    case 'Enter':
      return state.open && state.active >= 0 ? { state, follow: state.active } : undefined;
    case 'Escape':
      return state.open ? { state: closed(state) } : undefined;
    default:
      return undefined;
  }
}
