/**
 * /report/#… and /<locale>/report/#…: decode the report in the link and show it read-only, in
 * the page's language. Everything shown is written by this script from validated ids and numbers
 * (textContent only) with the words the page carries as JSON blocks; a bad link gets a plain
 * message in the page's language and nothing from it is shown.
 */
import type { CheckStatus } from '../checks/types';
import { localDateTime, utcDateTimeWords } from '../common/time-words';
import { causeUrl } from '../common/urls';
import { FIX_SECTION } from '../config/article-sections';
import { isCauseSlug, type CauseSlug } from '../config/causes';
import { CHECK_IDS, CHECK_INFO, CHECK_NAMES_JSON_ID, type CheckId } from '../config/checks';
import type { Locale } from '../config/locales';
import type { ReportText } from '../i18n/report/en';
import { browserLine, pointsTo, reportFact, reportStatusWords, unknownAnswersWords } from '../report/in-words';
import { fill } from '../common/fill';
import { decodeReport, type Report } from '../report/format';
import { STATUS_ICONS } from '../report/status-words';
import { answersInWords, NO_WORDS, parseWords, resultInWords, type ReportWords } from '../report/words';
import { copyWithFeedback } from './clipboard';
import { maker, type Make } from './dom';

type Labels = Partial<Record<CauseSlug, string>>;

/** What the page says the report in: its words, names and addresses, read once. */
interface PageWords {
  readonly locale: Locale;
  readonly t: ReportText;
  readonly labels: Labels;
  readonly checks: Readonly<Record<CheckId, string>>;
  /** The page's language prefix ('' for English), for links to its pages. */
  readonly prefix: string;
  readonly checkPath: string;
  readonly siteName: string;
}

const parseBlock = (doc: Document, id: string): Record<string, unknown> => {
  try {
    const parsed: unknown = JSON.parse(doc.getElementById(id)?.textContent ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

function readPage(doc: Document): PageWords {
  const page = parseBlock(doc, 'report-page');
  const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  // The checks' names in the page's language (<CheckNames>); read here rather than through
  // src/browser/check-words.ts, whose English fallback table this page does not need to carry.
  const names = parseBlock(doc, CHECK_NAMES_JSON_ID);
  const nameOf = (id: CheckId): string => {
    const label = (names[id] as { label?: unknown } | undefined)?.label;
    return typeof label === 'string' ? label : CHECK_INFO[id].label;
  };
  return {
    locale: str(page.locale, 'en') as Locale,
    // The build writes every word of the page's language (typed against English, so none is missing);
    // the script carries no language of its own.
    t: parseBlock(doc, 'report-text') as unknown as ReportText,
    labels: Object.fromEntries(Object.entries(parseBlock(doc, 'cause-labels')).filter(([k, v]) => isCauseSlug(k) && typeof v === 'string')),
    checks: Object.fromEntries(CHECK_IDS.map((id) => [id, nameOf(id)])) as Record<CheckId, string>,
    prefix: str(page.prefix, ''),
    checkPath: str(page.check, '/check/'),
    siteName: str(page.site, ''),
  };
}

let fetched: Promise<ReportWords> | undefined;

/**
 * The wizard's words for report ids: the page's block, or the file the block names (`data-src`,
 * fetched once); none if that fails, and the answers are only counted.
 */
function wizardWordsFor(doc: Document, win: Window): Promise<ReportWords> {
  const block = doc.getElementById('wizard-labels');
  const src = block?.dataset.src;
  if (!src) return Promise.resolve(parseWords(block?.textContent ?? '{}'));
  fetched ??= win
    .fetch(src)
    .then((res) => (res.ok ? res.text() : '{}'))
    .then(parseWords)
    .catch(() => NO_WORDS);
  return fetched;
}

/** The report's date, in UTC and in the visitor's own time zone, and its browser. */
function renderHeader(h: Make, report: Report, p: PageWords): HTMLElement[] {
  const { t } = p;
  // English speaks the visitor's own locale for the local time; another language says it in the page's.
  const local = localDateTime(report.createdAt, p.locale === 'en' ? undefined : p.locale);
  return [
    h('h2', null, fill(t.madeOn, { date: utcDateTimeWords(report.createdAt, p.locale) })),
    h('p', { class: 'report-meta' }, fill(t.thatIs, { local, version: report.version })),
    report.browser && h('p', null, fill(t.browser, { browser: browserLine(report.browser, t) })),
  ].filter((node): node is HTMLElement => Boolean(node));
}

/** One check's line: icon, name, status in words, the measured fact, and the causes it points to. */
function renderCheck(h: Make, report: Report, id: CheckId, status: CheckStatus, p: PageWords): HTMLElement {
  const fact = reportFact(report, id, p.t);
  const causes = pointsTo(id, status);
  return h(
    'li',
    { class: 'report-check', 'data-check': id, 'data-status': status },
    h(
      'p',
      { class: 'check-status' },
      h('span', { class: 'check-icon', 'aria-hidden': 'true' }, STATUS_ICONS[status]),
      ' ',
      h('strong', null, p.checks[id]),
      `${p.t.nameSeparator}${reportStatusWords(report, id, status, p.t)}`,
      fact && fill(p.t.fact, { fact }),
    ),
    causes.length > 0 &&
      h(
        'p',
        { class: 'check-fix' },
        p.t.pointsTo,
        causes
          .map((slug, i) => [i > 0 && ', ', h('a', { href: `${p.prefix}${causeUrl(slug, FIX_SECTION)}` }, p.labels[slug] ?? slug)])
          .flat(),
      ),
  );
}

function renderChecks(h: Make, report: Report, p: PageWords): HTMLElement[] {
  const title = h('h2', null, p.t.checkResults);
  if (!Object.keys(report.checks).length) return [title, h('p', null, p.t.noChecks)];
  const items = CHECK_IDS.flatMap((id) => {
    const status = report.checks[id];
    return status ? [renderCheck(h, report, id, status, p)] : [];
  });
  return [title, h('ol', { class: 'report-checks' }, items)];
}

/** The wizard's answers and result, in its words where the page has them. */
function renderWizard(h: Make, report: Report, words: ReportWords, p: PageWords): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (report.answers) {
    const { shown, unknown } = answersInWords(report.answers, words);
    out.push(
      h('h2', null, p.t.wizardAnswers),
      h('dl', null, shown.map((a) => [h('dt', null, a.question), h('dd', null, a.answer)]).flat()),
    );
    if (unknown) out.push(h('p', { class: 'report-meta' }, unknownAnswersWords(unknown, p.t)));
  }
  if (report.result) {
    const title = resultInWords(report.result, words);
    const linked =
      title && isCauseSlug(report.result) ? h('a', { href: `${p.prefix}${causeUrl(report.result)}` }, title) : (title ?? p.t.unknownResult);
    out.push(h('p', null, p.t.wizardResult, linked));
  }
  return out;
}

function renderError(h: Make, error: keyof ReportText['errors'], p: PageWords): HTMLElement {
  const [before = '', after = ''] = p.t.errorHelp.split('{check}');
  return h(
    'div',
    { class: 'callout report-error', role: 'alert', 'data-report-error': error },
    h('p', null, p.t.errors[error]),
    h('p', null, before, h('a', { href: p.checkPath }, p.t.checkPage), after),
  );
}

/** A report on the page, with the wizard words it was shown in. */
interface Shown {
  readonly report: Report;
  readonly words: ReportWords;
}

/** Show the report in the link, or why it cannot be read; the report shown, if any. */
async function showReport(doc: Document, win: Window, container: HTMLElement, p: PageWords): Promise<Shown | undefined> {
  const h = maker(doc);
  const fragment = win.location.hash;
  const decoded = decodeReport(fragment);
  if (!decoded.ok) {
    container.replaceChildren(renderError(h, decoded.error, p));
    return undefined;
  }
  const { report } = decoded;
  const words = report.answers || report.result ? await wizardWordsFor(doc, win) : NO_WORDS;
  if (win.location.hash !== fragment) return undefined; // the link changed while the words loaded
  container.replaceChildren(...renderHeader(h, report, p), ...renderChecks(h, report, p), ...renderWizard(h, report, words, p));
  return { report, words };
}

/** The "Copy report as text" button: the report shown, in the page's language, with its link. */
function wireCopy(doc: Document, win: Window, p: PageWords, current: () => Shown | undefined): HTMLElement | null {
  const box = doc.querySelector<HTMLElement>('[data-report-copy]');
  const button = box?.querySelector('button');
  if (!box || !button) return null;
  button.addEventListener('click', () => {
    const shown = current();
    if (!shown) return;
    // The text code loads on the first click, as /check/'s does (src/browser/check-page.ts).
    void import('../report/build').then(({ reportToText }) => {
      const text = reportToText(shown.report, {
        siteName: p.siteName,
        origin: win.location.origin,
        causeLabels: p.labels,
        words: shown.words,
        link: win.location.href,
        text: p.t,
        locale: p.locale,
        checkLabels: p.checks,
      });
      const { copied, failed, copiedShort, failedShort } = p.t.copy;
      return copyWithFeedback(button, text, { copied: copiedShort, failed: failedShort, said: copied, saidFailed: failed }, win);
    });
  });
  return box;
}

export function initReportPage(doc: Document, win: Window): void {
  const container = doc.querySelector<HTMLElement>('[data-report]');
  if (!container) return;
  for (const note of doc.querySelectorAll('[data-js-off]')) note.remove();
  const p = readPage(doc);
  let shown: Shown | undefined;
  const copy = wireCopy(doc, win, p, () => shown);
  const show = () =>
    void showReport(doc, win, container, p).then((report) => {
      shown = report;
      if (copy) copy.hidden = !report;
    });
  show();
  win.addEventListener('hashchange', show);
}
