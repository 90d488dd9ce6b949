/**
 * /report/#…: decode the report in the link and show it read-only. Everything shown is written
 * by this script from validated ids and numbers (textContent only); a bad link gets a plain
 * message and nothing from it is shown.
 */
import type { CheckStatus } from '../checks/types';
import { localDateTime, utcDateTimeWords } from '../common/time-words';
import { causeUrl, CHECK_PATH } from '../common/urls';
import { FIX_SECTION } from '../config/article-sections';
import { isCauseSlug, type CauseSlug } from '../config/causes';
import { CHECK_IDS, CHECK_INFO, type CheckId } from '../config/checks';
import { browserLine, NO_CHECKS, pointsTo, reportFact, reportStatusWords } from '../report/build';
import { decodeReport, type Report } from '../report/format';
import { STATUS_ICONS } from '../report/status-words';
import { answersInWords, NO_WORDS, parseWords, resultInWords, UNKNOWN_WORDS, type ReportWords } from '../report/words';
import { maker, type Make } from './dom';

type Labels = Partial<Record<CauseSlug, string>>;

function readLabels(doc: Document): Labels {
  try {
    const parsed: unknown = JSON.parse(doc.getElementById('cause-labels')?.textContent ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([k, v]) => isCauseSlug(k) && typeof v === 'string'));
  } catch {
    return {};
  }
}

/** The wizard's words for report ids, from the page's JSON block; without them answers are only counted. */
const readWizardWords = (doc: Document): ReportWords => parseWords(doc.getElementById('wizard-labels')?.textContent ?? '{}');

/** The report's date, in UTC and in the visitor's own time zone, and its browser. */
function renderHeader(h: Make, report: Report): HTMLElement[] {
  const local = localDateTime(report.createdAt);
  return [
    h('h2', null, `Made on ${utcDateTimeWords(report.createdAt)}`),
    h(
      'p',
      { class: 'report-meta' },
      `That is ${local} in your time zone, by the clock of the device that made it. Report format version ${report.version}.`,
    ),
    report.browser && h('p', null, `Browser: ${browserLine(report.browser)}`),
  ].filter((node): node is HTMLElement => Boolean(node));
}

/** One check's line: icon, name, status in words, the measured fact, and the causes it points to. */
function renderCheck(h: Make, report: Report, id: CheckId, status: CheckStatus, labels: Labels): HTMLElement {
  const fact = reportFact(report, id);
  const causes = pointsTo(id, status);
  return h(
    'li',
    { class: 'report-check', 'data-check': id, 'data-status': status },
    h(
      'p',
      { class: 'check-status' },
      h('span', { class: 'check-icon', 'aria-hidden': 'true' }, STATUS_ICONS[status]),
      ' ',
      h('strong', null, CHECK_INFO[id].label),
      `: ${reportStatusWords(report, id, status)}`,
      fact && ` (${fact})`,
    ),
    causes.length > 0 &&
      h(
        'p',
        { class: 'check-fix' },
        'Points to: ',
        causes.map((slug, i) => [i > 0 && ', ', h('a', { href: causeUrl(slug, FIX_SECTION) }, labels[slug] ?? slug)]).flat(),
      ),
  );
}

function renderChecks(h: Make, report: Report, labels: Labels): HTMLElement[] {
  if (!Object.keys(report.checks).length) return [h('h2', null, 'Check results'), h('p', null, NO_CHECKS)];
  const items = CHECK_IDS.flatMap((id) => {
    const status = report.checks[id];
    return status ? [renderCheck(h, report, id, status, labels)] : [];
  });
  return [h('h2', null, 'Check results'), h('ol', { class: 'report-checks' }, items)];
}

/** The wizard's answers and result, in its words where the page has them. */
function renderWizard(h: Make, report: Report, words: ReportWords): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (report.answers) {
    const { shown, unknown } = answersInWords(report.answers, words);
    out.push(h('h2', null, 'Wizard answers'), h('dl', null, shown.map((a) => [h('dt', null, a.question), h('dd', null, a.answer)]).flat()));
    if (unknown) out.push(h('p', { class: 'report-meta' }, UNKNOWN_WORDS.answers(unknown)));
  }
  if (report.result) {
    const title = resultInWords(report.result, words);
    const linked = title && isCauseSlug(report.result) ? h('a', { href: causeUrl(report.result) }, title) : (title ?? UNKNOWN_WORDS.result);
    out.push(h('p', null, 'Wizard result: ', linked));
  }
  return out;
}

function renderReport(doc: Document, report: Report, labels: Labels, words: ReportWords = NO_WORDS): HTMLElement[] {
  const h = maker(doc);
  return [...renderHeader(h, report), ...renderChecks(h, report, labels), ...renderWizard(h, report, words)];
}

function renderError(h: Make, error: string, message: string): HTMLElement {
  return h(
    'div',
    { class: 'callout report-error', role: 'alert', 'data-report-error': error },
    h('p', null, message),
    h(
      'p',
      null,
      'Reports are made on ',
      h('a', { href: CHECK_PATH }, 'the check page'),
      ': run the checks there and use “Share link” to make a new one.',
    ),
  );
}

function showReport(doc: Document, container: HTMLElement, fragment: string): boolean {
  const decoded = decodeReport(fragment);
  if (!decoded.ok) {
    container.replaceChildren(renderError(maker(doc), decoded.error, decoded.message));
    return false;
  }
  container.replaceChildren(...renderReport(doc, decoded.report, readLabels(doc), readWizardWords(doc)));
  return true;
}

export function initReportPage(doc: Document, win: Window): void {
  const container = doc.querySelector<HTMLElement>('[data-report]');
  if (!container) return;
  for (const note of doc.querySelectorAll('[data-js-off]')) note.remove();
  const show = () => showReport(doc, container, win.location.hash);
  show();
  win.addEventListener('hashchange', show);
}
