/** The report built from check results, and as text for a ticket. */
import { describe, expect, it } from 'vitest';
import { decodeReport, encodeReport } from '../../../src/report/format';
import { NO_CHECKS, reportFromResults, reportToText } from '../../../src/report/build';
import { REASON_WORDS } from '../../../src/report/reason-words';
import { wizardWords } from '../../../src/report/wizard-words';
import { CHECK_INFO } from '../../../src/config/checks';
import type { CheckResult } from '../../../src/checks/types';
import { questionMeta } from '../../../src/wizard/steps';
import { outcomeTitle } from '../../../src/wizard/outcome-title';
import { REPORT_LINKS_V2 } from '../../fixtures/report-links-v2';
import { REPORT_LINKS_V1 } from '../../fixtures/report-links-v1';
import { timedOut } from '../../../src/checks/run';

describe('report from results, and as text', () => {
  const results: CheckResult[] = [
    {
      id: 'cookies',
      status: 'problem',
      summary: 'Cookies are blocked: this browser did not keep a test cookie.',
      detail: '',
      causes: ['cleared-cookies'],
    },
    {
      id: 'clock',
      status: 'problem',
      summary: 'Your device clock is about 15 minutes ahead of the server’s.',
      detail: '',
      causes: ['clock-skew'],
      data: { skewSeconds: 900 },
    },
    {
      id: 'browser',
      status: 'ok',
      summary: 'Chrome',
      detail: '',
      causes: [],
      data: { browserName: 'Chrome<b>', browserVersion: '156.0.0.0', osName: 'Linux' },
    },
    timedOut('service-status', 3000),
    { id: 'network', status: 'unknown', summary: 'Could not tell.', detail: '', causes: [] },
  ];
  const answers = { where: 'computer', message: 'session-expired', when: 'away', 'away-what': 'stayed' };

  it('keeps statuses, reasons and facts, squeezes browser text into the safe set, drops non-id answers', () => {
    const r = reportFromResults(results, {
      now: Date.UTC(2026, 10, 27, 14, 5, 30, 123),
      answers: { when: 'reopen', note: 'free text here' },
      result: 'cleared-cookies',
    });
    expect(r).toEqual({
      version: 2,
      createdAt: Date.UTC(2026, 10, 27, 14, 5, 30),
      checks: { cookies: 'problem', clock: 'problem', browser: 'ok', 'service-status': 'unknown', network: 'unknown' },
      reasons: { 'service-status': 'timeout' },
      clockSkewSeconds: 900,
      browser: { name: 'Chromeb', version: '156.0.0.0', os: 'Linux' },
      answers: { when: 'reopen' },
      result: 'cleared-cookies',
    });
    expect(decodeReport(encodeReport(r))).toEqual({ ok: true, report: r });
  });

  it('takes the browser given where no browser check ran, and the check’s where one did', () => {
    const given = { name: 'Firefox', version: '146.0', os: 'Linux' };
    expect(reportFromResults(results.slice(0, 2), { now: 1795000000000, browser: given }).browser).toEqual(given);
    expect(reportFromResults(results, { now: 1795000000000, browser: given }).browser?.name).toBe('Chromeb');
  });

  it('writes plain text for a ticket: date, browser, each check with why it is unknown, where it points, answers and result in words, link', () => {
    const r = reportFromResults(results, { now: Date.UTC(2026, 10, 27, 14, 5), answers, result: 'inactivity-timeout' });
    const text = reportToText(r, {
      siteName: 'Session Help Center',
      origin: 'https://help.example.org',
      causeLabels: { 'clock-skew': 'Wrong device clock' },
      words: wizardWords(),
      link: 'https://help.example.org/report/#2.x.y',
    });
    expect(text).toContain('Made: 27 November 2026 at 14:05 UTC');
    expect(text).toContain('Browser: Chromeb 156.0.0.0 on Linux');
    expect(text).toContain('- Device clock: Problem (device clock 15 min ahead of the server)');
    expect(text).toContain(`- ${CHECK_INFO['service-status'].label}: Unknown (${REASON_WORDS.timeout})\n`);
    expect(text).toContain(`- ${CHECK_INFO.network.label}: Unknown\n`);
    expect(text).toContain('  Points to: Wrong device clock, https://help.example.org/causes/clock-skew/#fix-it-now');
    for (const [q, a] of Object.entries(answers))
      expect(text).toContain(`- ${questionMeta(q)!.question} ${questionMeta(q)!.answers.find((x) => x.id === a)!.label}\n`);
    expect(text).toContain(`Wizard result: ${outcomeTitle('inactivity-timeout')}\n`);
    expect(text).toContain('Report link: https://help.example.org/report/#2.x.y');
    const withoutLink = text.slice(0, text.indexOf('Report link:'));
    expect(withoutLink).not.toMatch(/service-status|when=away|away-what|inactivity-timeout|: unknown|timeout\b/); // words, not ids
    const local = reportToText(r, { siteName: 'S', origin: 'https://h.example', results, words: wizardWords() });
    expect(local).toContain('- Cookies: Problem. Cookies are blocked');
    expect(local).toContain(`- ${CHECK_INFO['service-status'].label}: Unknown (${REASON_WORDS.timeout}). This check took too long`);
  });

  it('never prints an id it has no words for: unknown answers are counted, an unknown result said so', () => {
    const r = reportFromResults(results.slice(0, 1), {
      now: 1795000000000,
      answers: { 'gone-question': 'yes', where: 'computer' },
      result: 'gone-result',
    });
    const text = reportToText(r, { siteName: 'S', origin: 'https://h.example', words: wizardWords() });
    expect(text).not.toMatch(/gone-question|gone-result/);
    expect(text).toContain(`- ${questionMeta('where')!.question} ${questionMeta('where')!.answers[0]!.label}`);
    expect(text).toMatch(/One answer to a question this site no longer asks/);
    expect(text).toMatch(/Wizard result: a result this version of the site does not know/);
  });

  it('says so when no check ran (a wizard report from a browser that could not run them)', () => {
    const fixture = REPORT_LINKS_V2.find((f) => Object.keys(f.report.checks).length === 0)!;
    const text = reportToText(fixture.report, { siteName: 'S', origin: 'https://h.example', words: wizardWords() });
    expect(text).toContain(`Checks:\n- ${NO_CHECKS}\n`);
    expect(text).toContain(`Wizard result: ${outcomeTitle(fixture.report.result!)}`);
  });

  it('reads a v1 link into the same text, with no reasons', () => {
    const v1 = REPORT_LINKS_V1.find((f) => f.report.answers && f.report.result)!;
    const decoded = decodeReport(v1.link);
    if (!decoded.ok) throw new Error('v1 fixture did not decode');
    const text = reportToText(decoded.report, { siteName: 'S', origin: 'https://h.example', words: wizardWords() });
    expect(text).toContain(`Wizard result: ${outcomeTitle(v1.report.result!)}`);
    expect(text).toContain(`- ${CHECK_INFO['service-status'].label}: Unknown\n`);
  });
});
