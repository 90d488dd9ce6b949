/**
 * /answers/: per-row "Copy link" and "Copy reply" buttons, the filter box, and visible URLs on
 * this site's own origin. Without JavaScript the page is a plain list of links with their URLs.
 */
import { announce, copyText, flashLabel } from './clipboard';

/** Absolute URL of a site path on the origin the page is served from. */
export const absoluteUrl = (origin: string, path: string): string => `${origin}${path}`;

/** A ticket reply: the ready sentence, then the link. */
export const replyText = (sentence: string, url: string): string => `${sentence} ${url}`;

/** Words of a filter query; a row shows when every word is in its text or its group's. */
export const filterWords = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

export function matchesFilter(words: readonly string[], ...texts: readonly string[]): boolean {
  return words.every((w) => texts.some((t) => t.includes(w)));
}

/** Fetch /answers/filter-words.json into each group's `data-filter`; a failure leaves row text only. */
async function loadGroupWords(win: Window, groups: readonly HTMLElement[]): Promise<void> {
  try {
    const res = await win.fetch('/answers/filter-words.json');
    const words: unknown = await res.json();
    if (typeof words !== 'object' || words === null) return;
    for (const group of groups) {
      const text = (words as Record<string, unknown>)[group.dataset.answerGroup ?? ''];
      if (typeof text === 'string') group.dataset.filter = text;
    }
  } catch {
    // Offline or blocked: the filter still matches every row's own words.
  }
}

export function enhanceAnswers(doc: Document, win: Window): void {
  const origin = win.location.origin;
  for (const row of doc.querySelectorAll<HTMLElement>('[data-answer]')) {
    // The row's own link is its permanent path (no data attribute repeats it: page-size budget).
    const path = row.querySelector('.answer-title')?.getAttribute('href') ?? '';
    row.dataset.filter = `${row.textContent ?? ''} ${path}`.toLowerCase().replace(/\s+/g, ' ');
    const title = row.querySelector('.answer-title')?.textContent?.trim() ?? '';
    const url = absoluteUrl(origin, path);
    const shown = row.querySelector('.answer-url');
    if (shown) shown.textContent = url;
    const actions = doc.createElement('span');
    actions.className = 'answer-actions';
    const make = (label: string, name: string, text: () => string, done: string) => {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.setAttribute('aria-label', `${label}: ${title}`);
      button.addEventListener('click', async () => {
        const ok = await copyText(text(), win);
        flashLabel(button, ok ? 'Copied' : 'Copy failed');
        announce(ok ? done : `Could not copy. Select the ${name} and copy it by hand.`, doc);
      });
      return button;
    };
    actions.append(
      make('Copy link', 'link', () => url, 'Link copied'),
      make('Copy reply', 'reply', () => replyText(row.dataset.reply ?? '', url), 'Reply copied'),
    );
    row.append(actions);
  }

  const box = doc.querySelector<HTMLElement>('[data-answers-filter]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const status = box?.querySelector<HTMLElement>('[role="status"]');
  const none = doc.querySelector<HTMLElement>('[data-answers-none]');
  const noneQuery = doc.querySelector<HTMLElement>('[data-answers-none-query]');
  if (!box || !input || !status || !none || !noneQuery) return;
  box.classList.remove('is-pending');
  const groups = [...doc.querySelectorAll<HTMLElement>('[data-answer-group]')];
  const total = doc.querySelectorAll('[data-answer]').length;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const apply = (): void => {
    const words = filterWords(input.value);
    let shownCount = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const row of group.querySelectorAll<HTMLElement>('[data-answer]')) {
        const match = matchesFilter(words, row.dataset.filter ?? '', group.dataset.filter ?? '');
        row.hidden = !match;
        if (match) inGroup++;
      }
      group.hidden = inGroup === 0;
      shownCount += inGroup;
    }
    none.hidden = shownCount > 0;
    noneQuery.textContent = input.value.trim();
    // Announce once typing pauses, not on every key.
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.textContent = words.length ? `${shownCount} of ${total} answers shown.` : '';
    }, 400);
  };
  input.addEventListener('input', apply);
  // The groups' extra words (cause keywords) load on first use; the filter re-runs when they arrive.
  input.addEventListener(
    'focus',
    () => {
      void loadGroupWords(win, groups).then(apply);
    },
    { once: true },
  );
}
