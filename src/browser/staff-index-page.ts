/**
 * The staff index (served at /answers/): per-entry "Copy link" and "Copy reply" buttons, the
 * filter box, and visible URLs on this site's own origin. Without JavaScript the page is a plain
 * list of links with their URLs. The page's markup keeps its published names (`data-answer` for
 * an entry, `data-answer-group` for a group).
 */
import { copyWithFeedback } from './clipboard';
import { maker } from './dom';
import { STAFF_BROWSER_EN, type StaffBrowserWords } from '../i18n/staff-index/browser-en';

/**
 * The page's words in its language, from its JSON block (`#staff-words`, src/i18n/staff-index/);
 * a missing or malformed word falls back to English.
 */
function readStaffWords(doc: Document): StaffBrowserWords {
  let parsed: unknown;
  try {
    parsed = JSON.parse(doc.getElementById('staff-words')?.textContent ?? '{}');
  } catch {
    parsed = {};
  }
  const given = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const pick = (key: keyof StaffBrowserWords): string => (typeof given[key] === 'string' ? given[key] : STAFF_BROWSER_EN[key]);
  return Object.fromEntries(Object.keys(STAFF_BROWSER_EN).map((k) => [k, pick(k as keyof StaffBrowserWords)])) as StaffBrowserWords;
}

/**
 * `{name}` places in a word filled in. The same as src/report/fill.ts, kept here so the report
 * page's words and this page's do not share a file of their own (each costs gzip overhead).
 */
const fill = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

/** Absolute URL of a site path on the origin the page is served from. */
export const absoluteUrl = (origin: string, path: string): string => `${origin}${path}`;

/** A ticket reply: the ready sentence, then the link. */
export const replyText = (sentence: string, url: string): string => `${sentence} ${url}`;

/** Words of a filter query; an entry shows when every word is in its text or its group's. */
export const filterWords = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

export function matchesFilter(words: readonly string[], ...texts: readonly string[]): boolean {
  return words.every((w) => texts.some((t) => t.includes(w)));
}

const ENTRY = '[data-answer]';

/** Fetch /answers/filter-words.json into each group's `data-filter`; a failure leaves entry text only. */
async function loadGroupWords(win: Window, url: string, groups: readonly HTMLElement[]): Promise<void> {
  try {
    const res = await win.fetch(url);
    const words: unknown = await res.json();
    if (typeof words !== 'object' || words === null) return;
    for (const group of groups) {
      const text = (words as Record<string, unknown>)[group.dataset.answerGroup ?? ''];
      if (typeof text === 'string') group.dataset.filter = text;
    }
  } catch {
    // Offline or blocked: the filter still matches every entry's own words.
  }
}

interface CopyAction {
  readonly label: string;
  /** What is copied, in "Select the … and copy it by hand". */
  readonly what: string;
  /** Said to screen readers once copied. */
  readonly done: string;
  readonly text: () => string;
}

/** A button that copies and says whether that worked, on the button and to screen readers. */
function copyButton(doc: Document, win: Window, words: StaffBrowserWords, entryTitle: string, action: CopyAction): HTMLElement {
  const { label, what, done, text } = action;
  const button = maker(doc)('button', { type: 'button', 'aria-label': `${label}: ${entryTitle}` }, label);
  button.addEventListener('click', () => {
    void copyWithFeedback(
      button,
      text(),
      { copied: words.copied, failed: words.failed, said: done, saidFailed: fill(words.couldNotCopy, { what }) },
      win,
    );
  });
  return button;
}

/** Show an entry's full URL, note its words for the filter, and add its copy buttons. */
function enhanceEntry(doc: Document, win: Window, words: StaffBrowserWords, entry: HTMLElement): void {
  // The entry's own link is its permanent path (no data attribute repeats it: page-size budget).
  const link = entry.querySelector('.answer-title');
  const path = link?.getAttribute('href') ?? '';
  const title = link?.textContent?.trim() ?? '';
  entry.dataset.filter = `${entry.textContent ?? ''} ${path}`.toLowerCase().replace(/\s+/g, ' ');
  const url = absoluteUrl(win.location.origin, path);
  const shown = entry.querySelector('.answer-url');
  if (shown) shown.textContent = url;
  entry.append(
    maker(doc)(
      'span',
      { class: 'answer-actions' },
      copyButton(doc, win, words, title, { label: words.copyLink, what: words.link, done: words.linkCopied, text: () => url }),
      copyButton(doc, win, words, title, {
        label: words.copyReply,
        what: words.reply,
        done: words.replyCopied,
        text: () => replyText(entry.dataset.reply ?? '', url),
      }),
    ),
  );
}

/** Hide the entries (and whole groups) the words do not match; the number still shown. */
function applyFilter(groups: readonly HTMLElement[], words: readonly string[]): number {
  let shown = 0;
  for (const group of groups) {
    let inGroup = 0;
    for (const entry of group.querySelectorAll<HTMLElement>(ENTRY)) {
      const match = matchesFilter(words, entry.dataset.filter ?? '', group.dataset.filter ?? '');
      entry.hidden = !match;
      if (match) inGroup++;
    }
    group.hidden = inGroup === 0;
    shown += inGroup;
  }
  return shown;
}

/** The filter box: narrows the list as the visitor types, and says how many entries are left. */
function wireFilter(doc: Document, win: Window, words: StaffBrowserWords): void {
  const box = doc.querySelector<HTMLElement>('[data-answers-filter]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const status = box?.querySelector<HTMLElement>('[role="status"]');
  const none = doc.querySelector<HTMLElement>('[data-answers-none]');
  const noneQuery = doc.querySelector<HTMLElement>('[data-answers-none-query]');
  if (!box || !input || !status || !none || !noneQuery) return;
  box.classList.remove('is-pending');
  const groups = [...doc.querySelectorAll<HTMLElement>('[data-answer-group]')];
  const total = doc.querySelectorAll(ENTRY).length;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const apply = (): void => {
    const query = filterWords(input.value);
    const shown = applyFilter(groups, query);
    none.hidden = shown > 0;
    noneQuery.textContent = input.value.trim();
    // Announce once typing pauses, not on every key.
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.textContent = query.length ? fill(words.shown, { shown, total }) : '';
    }, 400);
  };
  input.addEventListener('input', apply);
  // The groups' extra words (cause keywords) load on first use; the filter re-runs when they arrive.
  input.addEventListener('focus', () => void loadGroupWords(win, words.filterWordsUrl, groups).then(apply), { once: true });
}

export function enhanceStaffIndex(doc: Document, win: Window): void {
  const words = readStaffWords(doc);
  for (const entry of doc.querySelectorAll<HTMLElement>(ENTRY)) enhanceEntry(doc, win, words, entry);
  wireFilter(doc, win, words);
}
