/**
 * Draw a wizard question into the page: the same structure as src/components/Wizard.astro, plus what
 * only works with JavaScript (the paste box, a confirmation of what a live check found).
 */
import type { UiCopy } from '../i18n/wizard/fill';
import type { QuestionView, WizardView } from '../wizard/view';
import { maker, type Make } from './dom';
import { SEARCH_PATH } from '../common/urls';

/** The answers so far, folded away so the question stays on the first screen of a phone. */
function answeredList(h: Make, answered: WizardView['answered'], ui: UiCopy): HTMLElement | '' {
  if (!answered.length) return '';
  return h(
    'details',
    { class: 'wizard-answered' },
    h('summary', null, ui.answered(answered.length)),
    h(
      'ol',
      null,
      answered.map((a) =>
        h(
          'li',
          null,
          h('span', { class: 'wizard-q' }, a.question),
          ' ',
          h('strong', { class: 'wizard-a' }, a.answer),
          ' ',
          // The visible word starts the accessible name, so voice control users can say "Change".
          h('a', { href: a.href, 'data-change': a.step, 'aria-label': `${ui.change}: ${a.question}` }, ui.change),
        ),
      ),
    ),
  );
}

function question(h: Make, q: QuestionView, ui: UiCopy, searchPath: string): HTMLElement {
  const progress = h('p', { class: 'wizard-progress' }, q.progress.text);
  if (q.progress.max !== undefined) {
    progress.append(' ', h('progress', { value: String(q.progress.value ?? 0), max: String(q.progress.max), 'aria-hidden': 'true' }));
  }
  return h(
    'section',
    { class: 'wizard-step', 'aria-labelledby': 'wizard-heading' },
    progress,
    h('h2', { id: 'wizard-heading', tabindex: '-1' }, q.heading),
    q.found && h('p', { class: 'wizard-found' }, `${ui.foundBy}: ${q.found}`),
    (q.found || q.help) && h('p', { class: 'wizard-help' }, q.found ? q.question : q.help!),
    q.link && h('p', null, h('a', { href: q.link.href, rel: 'noopener' }, q.link.label)),
    h(
      'ul',
      { class: 'wizard-answers' },
      q.answers.map((a) => h('li', null, h('a', { class: 'wizard-answer', href: a.href, 'data-answer': a.id }, a.label))),
    ),
    q.paste &&
      h(
        'form',
        // Without the catalog (offline), the form's own action searches the pasted words.
        { class: 'wizard-paste', 'data-paste': '', action: searchPath, method: 'get' },
        h('label', { for: 'wizard-paste-text' }, ui.pasteLabel),
        h('textarea', { id: 'wizard-paste-text', name: 'q', rows: '2', 'aria-describedby': 'wizard-paste-status' }),
        h('button', { type: 'submit' }, ui.pasteButton),
        h('p', { id: 'wizard-paste-status', class: 'wizard-paste-status', 'aria-live': 'polite' }),
      ),
  );
}

/** `ui`: the words around the questions in the page's language. */
export function renderAnswered(doc: Document, root: HTMLElement, answered: WizardView['answered'], ui: UiCopy): void {
  const slot = root.querySelector('[data-wizard-answered]');
  // Keep the list open if the visitor opened it.
  const open = slot?.querySelector('details')?.open ?? false;
  slot?.replaceChildren(answeredList(maker(doc), answered, ui));
  if (open) slot?.querySelector('details')?.setAttribute('open', '');
}

/** Replace the current step with a question. */
export function renderQuestion(doc: Document, root: HTMLElement, q: QuestionView, ui: UiCopy, searchPath: string = SEARCH_PATH): void {
  root.querySelector('[data-wizard-body]')?.replaceChildren(question(maker(doc), q, ui, searchPath));
}

/** The result's "Copy a summary for support" button (it needs JavaScript, so only the browser adds it). */
export function addCopyButton(doc: Document, body: HTMLElement, ui: UiCopy): void {
  const slot = body.querySelector('[data-wizard-summary]');
  if (!slot || slot.querySelector('[data-copy-summary]')) return;
  const h = maker(doc);
  slot.prepend(h('p', null, h('button', { type: 'button', id: 'wizard-copy', 'data-copy-summary': '' }, ui.copySummary)));
}
