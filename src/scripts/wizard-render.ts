/**
 * Draw a wizard view into the page: the same structure as src/components/Wizard.astro, plus what
 * only works with JavaScript (the answers so far, the paste box, the personal parts of a result).
 */
import { WIZARD_COPY } from '../wizard/copy';
import type { AnsweredView, QuestionView, ResultStub, WizardView } from '../wizard/view';
import { maker, type Make } from './wizard-dom';
import { SEARCH_PATH } from '../lib/urls';

function answeredList(h: Make, answered: AnsweredView[]): HTMLElement | '' {
  if (!answered.length) return '';
  return h(
    'section',
    { class: 'wizard-answered', 'aria-labelledby': 'wizard-answered-title' },
    h('h2', { id: 'wizard-answered-title' }, WIZARD_COPY.answered),
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
          h('a', { href: a.href, 'data-change': a.step, 'aria-label': `${WIZARD_COPY.change}: ${a.question}` }, WIZARD_COPY.change),
        ),
      ),
    ),
  );
}

function question(h: Make, q: QuestionView): HTMLElement {
  const progress = h('p', { class: 'wizard-progress' }, q.progress.text);
  if (q.progress.max !== undefined) {
    progress.append(' ', h('progress', { value: String(q.progress.value ?? 0), max: String(q.progress.max), 'aria-hidden': 'true' }));
  }
  return h(
    'section',
    { class: 'wizard-step', 'aria-labelledby': 'wizard-heading' },
    progress,
    h('h2', { id: 'wizard-heading', tabindex: '-1' }, q.heading),
    q.detectedBy && h('p', { class: 'wizard-detected-by' }, `${WIZARD_COPY.detectedBy}: ${q.detectedBy}`),
    q.detectedBy && h('p', { class: 'wizard-question-text' }, q.question),
    h('p', { class: 'wizard-help' }, q.help),
    q.link && h('p', null, h('a', { href: q.link.href, rel: 'noopener' }, q.link.label)),
    h(
      'ul',
      { class: 'wizard-answers' },
      q.answers.map((a) =>
        h(
          'li',
          null,
          h(
            'a',
            { class: a.detected ? 'wizard-answer wizard-detected' : 'wizard-answer', href: a.href, 'data-answer': a.id },
            a.label,
            a.detected && h('span', { class: 'wizard-badge' }, ` (${WIZARD_COPY.detectedAnswer})`),
          ),
        ),
      ),
    ),
    q.paste &&
      h(
        'form',
        // Without the catalog (offline), the form's own action searches the pasted words.
        { class: 'wizard-paste', 'data-paste': '', action: SEARCH_PATH, method: 'get' },
        h('label', { for: 'wizard-paste-text' }, WIZARD_COPY.pasteLabel),
        h('textarea', { id: 'wizard-paste-text', name: 'q', rows: '2', 'aria-describedby': 'wizard-paste-status' }),
        h('button', { type: 'submit' }, WIZARD_COPY.pasteButton),
        h('p', { id: 'wizard-paste-status', class: 'wizard-paste-status', 'aria-live': 'polite' }),
      ),
  );
}

/** Fill a result's personal slots: why (from the answers and checks) and the support summary. */
export function fillResult(doc: Document, section: Element, r: ResultStub, summary: string): void {
  const h = maker(doc);
  for (const el of section.querySelectorAll('[data-nojs]')) el.remove();
  section.querySelector('[data-wizard-reasons]')?.replaceChildren(
    r.reasons.length ? h('ul', { class: 'wizard-reasons' }, r.reasons.map((t) => h('li', null, t))) : '',
    r.elsewhere.length
      ? h('div', { class: 'wizard-elsewhere' }, h('p', null, WIZARD_COPY.checkAlsoFound), h('ul', null, r.elsewhere.map((e) => h('li', null, h('a', { href: e.href }, e.text)))))
      : '',
  );
  section.querySelector('[data-wizard-summary]')?.replaceChildren(
    h('p', null, h('button', { type: 'button', 'data-copy-summary': '' }, WIZARD_COPY.copySummary)),
    h('label', { for: 'wizard-summary' }, WIZARD_COPY.summaryLabel),
    h('textarea', { id: 'wizard-summary', class: 'wizard-summary', readonly: '', rows: String(summary.split('\n').length) }, summary),
  );
}

export function renderAnswered(doc: Document, root: HTMLElement, view: WizardView): void {
  root.querySelector('[data-wizard-answered]')?.replaceChildren(answeredList(maker(doc), view.answered));
}

/** Replace the current step with a question. */
export function renderQuestion(doc: Document, root: HTMLElement, q: QuestionView): void {
  root.querySelector('[data-wizard-body]')?.replaceChildren(question(maker(doc), q));
}
