/**
 * A result drawn in place, the same structure as the result part of src/components/Wizard.astro.
 * Loaded with `import()` only when a visitor reaches a result without a page load, so question
 * pages do not carry every result's words.
 */
import { WIZARD_COPY } from '../wizard/copy';
import { RESULT_COPY, resultView } from '../wizard/result-view';
import { maker } from './wizard-dom';

export function buildResult(doc: Document, step: string): HTMLElement {
  const h = maker(doc);
  const r = resultView(step);
  return h(
    'section',
    { class: 'wizard-step wizard-result', 'aria-labelledby': 'wizard-heading' },
    h('p', { class: 'wizard-kicker' }, WIZARD_COPY.resultLead),
    h('h2', { id: 'wizard-heading', tabindex: '-1' }, r.title),
    h('p', { class: 'lede' }, r.summary),
    h('h3', null, RESULT_COPY.why),
    h('div', { 'data-wizard-reasons': '' }),
    h('p', null, r.because),
    h('h3', null, RESULT_COPY.fix),
    h('ol', null, r.fix.map((f) => h('li', null, f))),
    h('p', null, h('a', { class: 'button button-primary', href: r.fixHref }, r.fixLabel)),
    h('h3', null, RESULT_COPY.still),
    h('p', null, RESULT_COPY.stillLead),
    h('ul', null, r.next.map((n) => h('li', null, h('a', { href: n.href }, n.title), `: ${n.summary}`))),
    h('h3', null, RESULT_COPY.support),
    h('p', null, RESULT_COPY.supportLead),
    h('p', null, h('a', { class: 'button', href: r.supportHref, rel: 'noopener' }, RESULT_COPY.supportLink)),
    h('div', { 'data-wizard-summary': '' }),
  );
}
