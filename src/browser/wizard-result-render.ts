/**
 * A result drawn in place, the same structure as the result part of src/components/Wizard.astro,
 * with this visitor's reasons (answers and live findings) and the support summary. Loaded with
 * `import()` only when a result is shown, so question pages do not carry every result's words.
 */
import { supportSummary } from '../wizard/explain';
import { resultCopyOf, resultView } from '../wizard/result-view';
import type { LocalWords, PageWords } from '../i18n/wizard/en';
import type { Locale } from '../config/locales';
import { RESULT_WORDS } from '../wizard/result-words';
import { REASONS } from '../wizard/reasons';
import { OUTCOMES } from '../wizard/outcomes';
import type { AnswerRecord, CheckResults } from '../wizard/types';
import { copyWithFeedback } from './clipboard';
import { maker, type Make } from './dom';
import { resultMeta } from '../wizard/steps';
import type { BrowserWindow } from '../checks/browser-env';
import { CHECK_INFO, CHECK_NAMES_JSON_ID, type CheckId } from '../config/checks';
import { readPageJson } from '../common/page-json';
import { localeOf } from '../wizard/lang';

export { supportSummary };

/** Each language's result words: English's come with this code, a translation's load with its first result (never another language's). */
const TABLES: Readonly<Record<Locale, () => Promise<Pick<LocalWords, 'result' | 'reasons' | 'outcomes'>>>> = {
  en: () => Promise.resolve({ result: RESULT_WORDS, reasons: REASONS, outcomes: OUTCOMES }),
  es: () => import('../i18n/wizard/es').then((m) => m.es),
  ja: () => import('../i18n/wizard/ja').then((m) => m.ja),
};

/** The page's words with its result words. */
export async function withResultWords(words: PageWords): Promise<LocalWords> {
  const { result, reasons, outcomes } = await TABLES[words.locale]();
  return { ...words, result, reasons, outcomes };
}

export const pageTitle = (step: string, words?: LocalWords): string => resultView(step, [], {}, words).pageTitle;

/** Said when a live finding changed the result on screen. */
export const resultChanged = (step: string, words?: LocalWords): string => {
  const r = resultView(step, [], {}, words);
  return r.copy.changed(r.pageTitle);
};

/** The summary with this browser, plus a /report/#… link (their code loads on first use; without it, the summary alone). */
export async function summaryWithReport(
  step: string,
  answers: readonly AnswerRecord[],
  checks: CheckResults,
  win: Window,
  words?: LocalWords,
): Promise<string> {
  const origin = win.location.origin;
  const { reportLink } = resultCopyOf(words);
  // The checks' names in the page's language (<CheckNames>); English where the page has none.
  const names = readPageJson(win.document, CHECK_NAMES_JSON_ID) as Partial<Record<CheckId, { label?: string }>> | undefined;
  const checkLabel = (id: CheckId) => names?.[id]?.label ?? CHECK_INFO[id].label;
  try {
    const m = await import('./wizard-report');
    const now = Date.now();
    const browser = await m.wizardBrowser(win as BrowserWindow, now); // the page's own window, as every page script gets
    const link = m.wizardReportLink(localeOf(words), origin, answers, checks, resultMeta(step) ? step : undefined, now, browser);
    const status = await m.checkStatusWords(localeOf(words));
    return `${supportSummary(step, answers, checks, origin, { browser, status, words, checkLabel })}\n\n${reportLink} ${link}`;
  } catch {
    return supportSummary(step, answers, checks, origin, { words, checkLabel }); // offline, or nothing a report can carry: the summary alone
  }
}

type ResultView = ReturnType<typeof resultView>;

/** What to do: the steps in short, and the button to the full fix. */
const fixPart = (h: Make, r: ResultView) => [
  h('h3', null, r.copy.fix),
  h(
    'ol',
    { class: 'wizard-fix' },
    r.fix.map((f) => h('li', null, f)),
  ),
  h('p', null, h('a', { class: 'button button-primary', href: r.fixHref }, r.fixLabel)),
];

/** Why we think so: the evidence for, the findings the visitor called wrong, the cause in general. */
const whyPart = (h: Make, r: ResultView) => [
  h('h3', null, r.copy.why),
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
        h('h3', null, r.copy.also),
        h('p', null, r.alsoLead),
        h(
          'ul',
          { class: 'wizard-also' },
          r.also.map((n) => h('li', null, h('a', { href: n.href }, n.title), `: ${n.summary}`)),
        ),
      ]
    : [h('p', null, h('a', { href: r.copy.alsoNoneHref }, r.copy.alsoNone))];

/** The result section; `summary` (the text already copied, if any) is shown again in its box. */
export function buildResult(
  doc: Document,
  step: string,
  answers: readonly AnswerRecord[],
  checks: CheckResults,
  summary?: string,
  words?: LocalWords,
): HTMLElement {
  const h = maker(doc);
  const r = resultView(step, answers, checks, words);
  return h(
    'section',
    { class: 'wizard-step wizard-result', 'aria-labelledby': 'wizard-heading' },
    h('h2', { id: 'wizard-heading', tabindex: '-1' }, h('span', { class: 'wizard-kicker' }, `${r.kicker}: `), r.title),
    h('p', { class: 'lede' }, r.summary),
    ...fixPart(h, r),
    ...whyPart(h, r),
    ...alsoPart(h, r),
    h('h3', null, r.copy.support),
    h('p', null, r.copy.supportLead),
    h('p', null, h('a', { class: 'button', href: r.supportHref, rel: 'noopener' }, r.copy.supportLink)),
    h('div', { 'data-wizard-summary': '' }, summary !== undefined && summaryBox(doc, summary, r.copy.summaryLabel)),
  );
}

/** The summary as shown after copying: what is shown is what was copied. */
function summaryBox(doc: Document, text: string, label: string): DocumentFragment {
  const h = maker(doc);
  const box = doc.createDocumentFragment();
  box.append(
    h('label', { for: 'wizard-summary' }, label),
    h('textarea', { id: 'wizard-summary', class: 'wizard-summary', readonly: '', rows: String(text.split('\n').length) }, text),
  );
  return box;
}

/** Copy the summary (with its report link), showing exactly what was copied. */
export async function copySummary(button: HTMLButtonElement, text: string, doc: Document, win: Window, words?: LocalWords): Promise<void> {
  const { copied, copyFailed: failed, summaryLabel } = resultCopyOf(words);
  let box = doc.querySelector<HTMLTextAreaElement>('#wizard-summary');
  if (box) {
    box.value = text;
    box.rows = text.split('\n').length;
  } else {
    button.closest('[data-wizard-summary]')?.append(summaryBox(doc, text, summaryLabel));
    box = doc.querySelector<HTMLTextAreaElement>('#wizard-summary');
  }
  if (!(await copyWithFeedback(button, text, { copied, failed, said: copied, saidFailed: failed }, win))) box?.select();
}
