/**
 * A result drawn in place, the same structure as the result part of src/components/Wizard.astro,
 * with this visitor's reasons (answers and live findings) and the support summary. Loaded with
 * `import()` only when a result is shown, so question pages do not carry every result's words.
 */
import { supportSummary } from '../wizard/explain';
import { RESULT_COPY, resultView } from '../wizard/result-view';
import type { AnswerRecord, CheckResults } from '../wizard/types';
import { copyWithFeedback } from './clipboard';
import { maker, type Make } from './dom';
import { resultMeta } from '../wizard/steps';
import type { BrowserWindow } from '../checks/browser-env';

export { supportSummary };

export const pageTitle = (step: string): string => resultView(step).pageTitle;

/** Said when a live finding changed the result on screen. */
export const resultChanged = (step: string): string => RESULT_COPY.changed(resultView(step).pageTitle);

/** The summary with this browser, plus a /report/#… link (their code loads on first use; without it, the summary alone). */
export async function summaryWithReport(
  step: string,
  answers: readonly AnswerRecord[],
  checks: CheckResults,
  win: Window,
): Promise<string> {
  const origin = win.location.origin;
  try {
    const m = await import('./wizard-report');
    const now = Date.now();
    const browser = await m.wizardBrowser(win as BrowserWindow, now); // the page's own window, as every page script gets
    const link = m.wizardReportLink(origin, answers, checks, resultMeta(step) ? step : undefined, now, browser);
    return `${supportSummary(step, answers, checks, origin, { browser, status: m.checkStatusWords })}\n\n${RESULT_COPY.reportLink} ${link}`;
  } catch {
    return supportSummary(step, answers, checks, origin); // offline, or nothing a report can carry: the summary alone
  }
}

type ResultView = ReturnType<typeof resultView>;

/** What to do: the steps in short, and the button to the full fix. */
const fixPart = (h: Make, r: ResultView) => [
  h('h3', null, RESULT_COPY.fix),
  h(
    'ol',
    { class: 'wizard-fix' },
    r.fix.map((f) => h('li', null, f)),
  ),
  h('p', null, h('a', { class: 'button button-primary', href: r.fixHref }, r.fixLabel)),
];

/** Why we think so: the evidence for, the findings the visitor called wrong, the cause in general. */
const whyPart = (h: Make, r: ResultView) => [
  h('h3', null, RESULT_COPY.why),
  r.reasons.length
    ? h(
        'ul',
        { class: 'wizard-reasons' },
        r.reasons.map((t) => h('li', null, t)),
      )
    : h('p', null, r.whyNone),
  r.overruled.length
    ? h(
        'ul',
        { class: 'wizard-overruled' },
        r.overruled.map((t) => h('li', null, t)),
      )
    : '',
  h('p', null, r.because),
];

/** Other likely causes, or where to look when there are none. */
const alsoPart = (h: Make, r: ResultView) =>
  r.also.length
    ? [
        h('h3', null, RESULT_COPY.also),
        h('p', null, r.alsoLead),
        h(
          'ul',
          { class: 'wizard-also' },
          r.also.map((n) => h('li', null, h('a', { href: n.href }, n.title), `: ${n.summary}`)),
        ),
      ]
    : [h('p', null, h('a', { href: RESULT_COPY.alsoNoneHref }, RESULT_COPY.alsoNone))];

/** The result section; `summary` (the text already copied, if any) is shown again in its box. */
export function buildResult(
  doc: Document,
  step: string,
  answers: readonly AnswerRecord[],
  checks: CheckResults,
  summary?: string,
): HTMLElement {
  const h = maker(doc);
  const r = resultView(step, answers, checks);
  return h(
    'section',
    { class: 'wizard-step wizard-result', 'aria-labelledby': 'wizard-heading' },
    h('h2', { id: 'wizard-heading', tabindex: '-1' }, h('span', { class: 'wizard-kicker' }, `${r.kicker}: `), r.title),
    h('p', { class: 'lede' }, r.summary),
    ...fixPart(h, r),
    ...whyPart(h, r),
    ...alsoPart(h, r),
    h('h3', null, RESULT_COPY.support),
    h('p', null, RESULT_COPY.supportLead),
    h('p', null, h('a', { class: 'button', href: r.supportHref, rel: 'noopener' }, RESULT_COPY.supportLink)),
    h('div', { 'data-wizard-summary': '' }, summary !== undefined && summaryBox(doc, summary)),
  );
}

/** The summary as shown after copying: what is shown is what was copied. */
function summaryBox(doc: Document, text: string): DocumentFragment {
  const h = maker(doc);
  const box = doc.createDocumentFragment();
  box.append(
    h('label', { for: 'wizard-summary' }, RESULT_COPY.summaryLabel),
    h('textarea', { id: 'wizard-summary', class: 'wizard-summary', readonly: '', rows: String(text.split('\n').length) }, text),
  );
  return box;
}

/** Copy the summary (with its report link), showing exactly what was copied. */
export async function copySummary(button: HTMLButtonElement, text: string, doc: Document, win: Window): Promise<void> {
  let box = doc.querySelector<HTMLTextAreaElement>('#wizard-summary');
  if (box) {
    box.value = text;
    box.rows = text.split('\n').length;
  } else {
    button.closest('[data-wizard-summary]')?.append(summaryBox(doc, text));
    box = doc.querySelector<HTMLTextAreaElement>('#wizard-summary');
  }
  const { copied, copyFailed: failed } = RESULT_COPY;
  if (!(await copyWithFeedback(button, text, { copied, failed, said: copied, saidFailed: failed }, win))) box?.select();
}
