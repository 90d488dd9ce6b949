/**
 * /check/'s report: the results, and the visitor's latest wizard answers and result on this
 * device, as a /report/#… link and as text for a ticket. Loaded on the first "Copy report" or
 * "Share link" click, so the page's first JavaScript does not carry it.
 */
import type { CheckResult } from '../checks/types';
import type { CauseSlug } from '../config/causes';
import { site } from '../config/site';
import { reportFromResults, reportToText } from '../report/build';
import { encodeReport, type ReportV2 } from '../report/format';
import { NO_WORDS, parseWords, type ReportWords } from '../report/words';
import { REPORT_WORDS_JSON } from '../config/report';
import type { LastWizard } from '../report/last-wizard';
import { localizedPath } from '../common/locale-path';
import type { Locale } from '../config/locales';

export interface CheckReport {
  readonly link: string;
  readonly text: string;
}

/** The wizard's words, fetched once; none if that fails (the text then counts the answers instead of showing ids). */
let words: Promise<ReportWords> | undefined;
export function loadWords(fetcher: typeof fetch): Promise<ReportWords> {
  words ??= fetcher(REPORT_WORDS_JSON)
    .then((res) => (res.ok ? res.text() : '{}'))
    .then(parseWords)
    .catch(() => {
      words = undefined; // try again on the next copy
      return NO_WORDS;
    });
  return words;
}

export function checkReport(
  results: readonly CheckResult[],
  origin: string,
  now: number,
  causeLabels: Partial<Record<CauseSlug, string>>,
  words: ReportWords = NO_WORDS,
  wizard?: LastWizard,
  locale: Locale = 'en',
): CheckReport {
  const report: ReportV2 = reportFromResults(results, { now, ...(wizard ? { answers: wizard.answers, result: wizard.result } : {}) });
  // The report page of the page's language; the link itself carries ids only.
  const link = `${origin}${localizedPath(locale, '/report/')}#${encodeReport(report)}`;
  const text = reportToText(report, { siteName: site.siteName, origin, causeLabels, words, link, results });
  return { link, text };
}
