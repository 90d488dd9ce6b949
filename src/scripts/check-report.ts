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
import { wizardWords } from '../report/words';
import type { LastWizard } from '../wizard/last-result';

export interface CheckReport {
  readonly link: string;
  readonly text: string;
}

export function checkReport(results: readonly CheckResult[], origin: string, now: number, causeLabels: Partial<Record<CauseSlug, string>>, wizard?: LastWizard): CheckReport {
  const report: ReportV2 = reportFromResults(results, { now, ...(wizard ? { answers: wizard.answers, result: wizard.result } : {}) });
  const link = `${origin}/report/#${encodeReport(report)}`;
  const text = reportToText(report, { siteName: site.siteName, origin, causeLabels, words: wizardWords(), link, results });
  return { link, text };
}
