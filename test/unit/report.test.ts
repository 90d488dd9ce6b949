/**
 * The report link format (v2 written, v1 and v2 read) and the report as text. v1 is frozen by
 * ./report-v1.test.ts; v2 is frozen here by its saved links.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checksum, decodeReport, encodeReport, MAX_REPORT_CHARS, REPORT_VERSION, type ReportV2 } from '../../src/report/format';
import { reportFromResults, reportToText } from '../../src/report/build';
import { REASON_WORDS } from '../../src/report/reason-words';
import { wizardWords } from '../../src/report/wizard-words';
import { CHECK_IDS, CHECK_INFO } from '../../src/config/checks';
import { UNKNOWN_REASONS, type CheckResult } from '../../src/checks/types';
import { QUESTION_IDS, RESULT_IDS, questionMeta } from '../../src/wizard/steps';
import { outcomeTitle } from '../../src/wizard/outcome-title';
import { REPORT_LINKS_V2 } from '../fixtures/report-links-v2';
import { REPORT_LINKS_V1 } from '../fixtures/report-links-v1';

const sample: ReportV2 = {
  version: 2,
  createdAt: Date.UTC(2026, 10, 27, 14, 5, 0),
  checks: {
    cookies: 'problem',
    storage: 'problem',
    'private-mode': 'ok',
    clock: 'ok',
    network: 'warning',
    browser: 'ok',
    'service-status': 'unknown',
    persistence: 'unknown',
  },
  reasons: { 'service-status': 'timeout' },
  clockSkewSeconds: -2,
  browser: { name: 'Chrome', version: '156.0.0.0', os: 'Linux' },
  answers: { when: 'reopen', 'private-window': 'no' },
  result: 'cleared-cookies',
};

const b64 = (json: string) => btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
/** Build a fragment with a valid checksum around any JSON text (what a forger can do). */
const forge = (json: string, version = 2) => `${version}.${b64(json)}.${checksum(json)}`;

describe('report format v2, frozen by saved links', () => {
  it.each(REPORT_LINKS_V2.map((f) => [f.name, f] as const))('%s', (_, fixture) => {
    expect(fixture.link.startsWith('2.')).toBe(true);
    expect(decodeReport(fixture.link)).toEqual({ ok: true, report: fixture.report });
    // Today's encoder still writes the same report to a link that decodes the same way.
    expect(decodeReport(encodeReport(fixture.report))).toEqual({ ok: true, report: fixture.report });
  });

  it('the saved links cover every status, every unknown reason, not-run checks, skew both ways and zero, browser, answers and result', () => {
    const reports = REPORT_LINKS_V2.map((f) => f.report);
    expect(new Set(reports.flatMap((r) => Object.values(r.checks)))).toEqual(new Set(['ok', 'warning', 'problem', 'unknown']));
    expect(new Set(reports.flatMap((r) => Object.values(r.reasons ?? {})))).toEqual(new Set(UNKNOWN_REASONS));
    expect(
      reports.some((r) => Object.entries(r.checks).some(([id, s]) => s === 'unknown' && !r.reasons?.[id as keyof typeof r.checks])),
    ).toBe(true);
    expect(new Set(reports.flatMap((r) => (r.clockSkewSeconds === undefined ? [] : [Math.sign(r.clockSkewSeconds)])))).toEqual(
      new Set([1, -1, 0]),
    );
    expect(
      reports.some((r) => Object.keys(r.checks).length === 1 && !r.browser && !r.answers && !r.result && r.clockSkewSeconds === undefined),
    ).toBe(true);
    expect(reports.some((r) => r.browser && !r.checks.browser)).toBe(true);
    expect(reports.some((r) => r.answers && r.result)).toBe(true);
  });

  it('new links are v2; v1 and v2 links are both read', () => {
    expect(REPORT_VERSION).toBe(2);
    expect(encodeReport(sample)).toMatch(/^2\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(decodeReport(REPORT_LINKS_V1[0]!.link)).toMatchObject({ ok: true, report: { version: 1 } });
    expect(decodeReport(REPORT_LINKS_V2[0]!.link)).toMatchObject({ ok: true, report: { version: 2 } });
  });

  it('is keyed by check id: a check added later needs no new version, and order does not matter', () => {
    const json = '{"t":1795000000,"c":{"persistence":"o","cookies":"u:blocked"}}';
    expect(decodeReport(forge(json))).toEqual({
      ok: true,
      report: { version: 2, createdAt: 1795000000000, checks: { cookies: 'unknown', persistence: 'ok' }, reasons: { cookies: 'blocked' } },
    });
  });
});

describe('report link format v2', () => {
  it('round-trips a report and stays compact', () => {
    const fragment = encodeReport(sample);
    expect(fragment.length).toBeLessThan(600);
    expect(decodeReport(fragment)).toEqual({ ok: true, report: sample });
    expect(decodeReport(`#${fragment}`)).toEqual({ ok: true, report: sample });
  });

  it('round-trips any valid report (property)', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    const text = fc.stringMatching(/^[A-Za-z0-9 ._()+/-]{1,40}$/);
    const status = fc.constantFrom('ok', 'warning', 'problem', 'unknown' as const);
    const checks = fc.dictionary(fc.constantFrom(...CHECK_IDS), status, { minKeys: 1 });
    const report = checks.chain((c) => {
      const unknown = CHECK_IDS.filter((i) => c[i] === 'unknown');
      return fc.record(
        {
          version: fc.constant(2 as const),
          createdAt: fc.integer({ min: Date.UTC(2024, 0, 1) / 1000, max: Date.UTC(2099, 0, 1) / 1000 }).map((s) => s * 1000),
          checks: fc.constant(c),
          reasons: unknown.length
            ? fc.dictionary(fc.constantFrom(...unknown), fc.constantFrom(...UNKNOWN_REASONS), { minKeys: 1 })
            : fc.constant(undefined),
          clockSkewSeconds: fc.integer({ min: -1e8, max: 1e8 }),
          browser: fc.record({ name: text, version: text, os: text }),
          answers: fc.dictionary(id, id, { minKeys: 1, maxKeys: 24 }),
          result: id,
        },
        { requiredKeys: ['version', 'createdAt', 'checks'] },
      );
    });
    fc.assert(
      fc.property(report, (raw) => {
        const r = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as unknown as ReportV2;
        const fragment = encodeReport(r);
        expect(fragment.length).toBeLessThanOrEqual(MAX_REPORT_CHARS);
        expect(decodeReport(fragment)).toEqual({ ok: true, report: r });
      }),
    );
  });

  it('refuses to encode what the format cannot carry (free text, unknown checks, a reason on a known status)', () => {
    expect(() => encodeReport({ ...sample, answers: { message: 'Call 0800 123 to fix your account' } })).toThrow(/answers/);
    expect(() => encodeReport({ version: 2, createdAt: sample.createdAt, checks: {} })).toThrow(/checks/);
    expect(() => encodeReport({ ...sample, checks: { ...sample.checks, webcam: 'ok' } as ReportV2['checks'] })).toThrow(/checks/);
    expect(() => encodeReport({ ...sample, reasons: { cookies: 'timeout' } })).toThrow(/reasons/);
  });

  it('says "damaged" for a link cut short or with a character changed', () => {
    const fragment = encodeReport(sample);
    expect(decodeReport(fragment.slice(0, -5))).toMatchObject({ ok: false, error: 'damaged' });
    expect(decodeReport(fragment.slice(0, 40))).toMatchObject({ ok: false, error: 'damaged' });
    const i = 20;
    const flipped = fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
    expect(decodeReport(flipped)).toMatchObject({ ok: false, error: 'damaged' });
    expect(decodeReport('hello')).toMatchObject({ ok: false, error: 'damaged' });
    expect(decodeReport('2.!!!.x')).toMatchObject({ ok: false, error: 'damaged' });
    expect(decodeReport(forge('{"t":1795000000,"c":{"cookies":"o"}}', 0))).toMatchObject({ ok: false, error: 'damaged' });
  });

  it('a v1 body under a v2 label, or the other way round, is not a report', () => {
    expect(decodeReport(forge('{"t":1795000000,"s":"ooooooooo"}', 2))).toMatchObject({ ok: false, error: 'invalid' });
    expect(decodeReport(forge('{"t":1795000000,"c":{"cookies":"o"}}', 1))).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('says a future version plainly', () => {
    const r = decodeReport(forge('{"t":1,"c":{}}', 3));
    expect(r).toMatchObject({ ok: false, error: 'future-version' });
    if (!r.ok) expect(r.message).toMatch(/newer version/);
    expect(decodeReport('99.anything.at-all')).toMatchObject({ error: 'future-version' });
  });

  it.each([
    ['an unknown field', '{"t":1795000000,"c":{"cookies":"o"},"html":"<img src=x onerror=alert(1)>"}'],
    ['an unknown check', '{"t":1795000000,"c":{"cookies":"o","webcam":"o"}}'],
    ['a check id with markup', '{"t":1795000000,"c":{"<b>":"o"}}'],
    ['free text in the answers', '{"t":1795000000,"c":{"cookies":"o"},"a":{"note":"Your account is hacked, call +1 800"}}'],
    ['markup in the browser name', '{"t":1795000000,"c":{"cookies":"o"},"b":["<script>","1","x"]}'],
    ['an unknown status letter', '{"t":1795000000,"c":{"cookies":"x"}}'],
    ['a reason this site does not know', '{"t":1795000000,"c":{"cookies":"u:hacked"}}'],
    ['free text as a reason', '{"t":1795000000,"c":{"cookies":"u:Call 0800 to unlock"}}'],
    ['a reason on a status that is not unknown', '{"t":1795000000,"c":{"cookies":"p:timeout"}}'],
    ['two reasons', '{"t":1795000000,"c":{"cookies":"u:timeout:blocked"}}'],
    ['a status that is not a string', '{"t":1795000000,"c":{"cookies":1}}'],
    ['checks as a list', '{"t":1795000000,"c":["o"]}'],
    ['no check at all, and no answers or result', '{"t":1795000000,"c":{}}'],
    ['no check at all, and only a browser', '{"t":1795000000,"c":{},"b":["Chrome","1","Linux"]}'],
    ['a date before reports existed', '{"t":100,"c":{"cookies":"o"}}'],
    ['a fractional time', '{"t":1795000000.5,"c":{"cookies":"o"}}'],
    ['an absurd clock skew', '{"t":1795000000,"c":{"cookies":"o"},"k":1e12}'],
    ['a prototype-polluting check', '{"t":1795000000,"c":{"__proto__":"o"}}'],
    ['a prototype-polluting answer', '{"t":1795000000,"c":{"cookies":"o"},"a":{"__proto__":"x"}}'],
    ['a result with markup', '{"t":1795000000,"c":{"cookies":"o"},"x":"<b>"}'],
    ['not an object', '[1,2,3]'],
    ['not JSON', 'alert(1)'],
  ])('says "invalid" for a forged link with %s', (_, json) => {
    const r = decodeReport(forge(json));
    expect(r).toMatchObject({ ok: false, error: 'invalid' });
    if (!r.ok) expect(r.message).toMatch(/does not hold a report made by this site/);
  });

  it('refuses huge and empty input before decoding anything', () => {
    expect(decodeReport(`2.${'A'.repeat(MAX_REPORT_CHARS)}.0`)).toMatchObject({ ok: false, error: 'too-long' });
    expect(decodeReport('')).toMatchObject({ ok: false, error: 'empty' });
    expect(decodeReport('#')).toMatchObject({ ok: false, error: 'empty' });
  });
});

describe('the wizard’s words for report ids', () => {
  it('are the questions, answer labels and result titles the wizard shows', () => {
    const words = wizardWords();
    expect(words.questions).toEqual(Object.fromEntries(QUESTION_IDS.map((id) => [id, questionMeta(id)!.question])));
    expect(words.answers).toEqual(
      Object.fromEntries(QUESTION_IDS.flatMap((id) => questionMeta(id)!.answers.map((a) => [`${id}:${a.id}`, a.label]))),
    );
    expect(words.results).toEqual(Object.fromEntries(RESULT_IDS.map((id) => [id, outcomeTitle(id)])));
  });
});

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
    {
      id: 'service-status',
      status: 'unknown',
      summary: 'This check took too long and was stopped.',
      detail: '',
      causes: [],
      data: { reason: 'timeout' },
    },
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
    expect(text).toContain('Checks:\n- None ran in this browser.\n');
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
