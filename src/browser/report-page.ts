/**
 * /report/#…: decode the report in the link and show it read-only. Everything shown is written
 * by this script from validated ids and numbers (textContent only); a bad link gets a plain
 * message and nothing from it is shown.
 */
import type { CauseSlug } from '../config/causes';
import { isCauseSlug } from '../config/causes';
import { causeUrl, CHECK_PATH, FIX_ANCHOR } from '../common/urls';
import { CHECK_IDS, CHECK_INFO } from '../config/checks';
import { browserLine, formatReportDate, NO_CHECKS, pointsTo, reportFact, reportStatusWords } from '../report/build';
import { decodeReport, type Report } from '../report/format';
import { answersInWords, NO_WORDS, parseWords, resultInWords, UNKNOWN_WORDS, type ReportWords } from '../report/words';
import { STATUS_ICONS } from './check-render';

function readLabels(doc: Document): Partial<Record<CauseSlug, string>> {
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

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function renderReport(
  doc: Document,
  report: Report,
  labels: Partial<Record<CauseSlug, string>>,
  words: ReportWords = NO_WORDS,
): HTMLElement[] {
  const out: HTMLElement[] = [];
  const local = new Date(report.createdAt).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
  out.push(el(doc, 'h2', `Made on ${formatReportDate(report.createdAt)}`));
  out.push(
    el(
      doc,
      'p',
      `That is ${local} in your time zone, by the clock of the device that made it. Report format version ${report.version}.`,
      'report-meta',
    ),
  );
  if (report.browser) out.push(el(doc, 'p', `Browser: ${browserLine(report.browser)}`));

  out.push(el(doc, 'h2', 'Check results'));
  const list = el(doc, 'ol', undefined, 'report-checks');
  for (const id of CHECK_IDS) {
    const status = report.checks[id];
    if (!status) continue;
    const li = el(doc, 'li', undefined, 'report-check');
    li.dataset.check = id;
    li.dataset.status = status;
    const head = el(doc, 'p', undefined, 'check-status');
    head.append(
      el(doc, 'span', STATUS_ICONS[status], 'check-icon'),
      ' ',
      el(doc, 'strong', CHECK_INFO[id].label),
      `: ${reportStatusWords(report, id, status)}`,
    );
    head.querySelector('.check-icon')?.setAttribute('aria-hidden', 'true');
    const fact = reportFact(report, id);
    if (fact) head.append(` (${fact})`);
    li.append(head);
    const causes = pointsTo(id, status);
    if (causes.length) {
      const p = el(doc, 'p', 'Points to: ', 'check-fix');
      causes.forEach((slug, i) => {
        if (i > 0) p.append(', ');
        const a = el(doc, 'a', labels[slug] ?? slug);
        a.href = causeUrl(slug, FIX_ANCHOR);
        p.append(a);
      });
      li.append(p);
    }
    list.append(li);
  }
  out.push(Object.keys(report.checks).length ? list : el(doc, 'p', NO_CHECKS));

  if (report.answers) {
    const { shown, unknown } = answersInWords(report.answers, words);
    out.push(el(doc, 'h2', 'Wizard answers'));
    const dl = el(doc, 'dl');
    for (const a of shown) dl.append(el(doc, 'dt', a.question), el(doc, 'dd', a.answer));
    out.push(dl);
    if (unknown) out.push(el(doc, 'p', UNKNOWN_WORDS.answers(unknown), 'report-meta'));
  }
  if (report.result) {
    const p = el(doc, 'p', 'Wizard result: ');
    const title = resultInWords(report.result, words);
    if (title && isCauseSlug(report.result)) {
      const a = el(doc, 'a', title);
      a.href = causeUrl(report.result);
      p.append(a);
    } else p.append(title ?? UNKNOWN_WORDS.result);
    out.push(p);
  }
  return out;
}

function showReport(doc: Document, container: HTMLElement, fragment: string): boolean {
  const decoded = decodeReport(fragment);
  if (!decoded.ok) {
    const box = el(doc, 'div', undefined, 'callout report-error');
    box.setAttribute('role', 'alert');
    box.dataset.reportError = decoded.error;
    box.append(el(doc, 'p', decoded.message));
    const p = el(doc, 'p', 'Reports are made on ');
    const a = el(doc, 'a', 'the check page');
    a.href = CHECK_PATH;
    p.append(a, ': run the checks there and use “Share link” to make a new one.');
    box.append(p);
    container.replaceChildren(box);
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
