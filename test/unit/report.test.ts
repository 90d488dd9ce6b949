import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checksum, decodeReport, encodeReport, MAX_REPORT_CHARS, type Report } from '../../src/report/format';
import { reportFromResults, reportToText } from '../../src/report/build';
import { CHECK_IDS } from '../../src/config/checks';
import type { CheckResult } from '../../src/checks/types';

const sample: Report = {
  version: 1,
  createdAt: Date.UTC(2026, 10, 27, 14, 5, 0),
  checks: { cookies: 'problem', storage: 'problem', 'private-mode': 'ok', clock: 'ok', network: 'warning', browser: 'ok', 'service-status': 'unknown' },
  clockSkewSeconds: -2,
  browser: { name: 'Chrome', version: '156.0.0.0', os: 'Linux' },
  answers: { when: 'browser-reopened', 'private-window': 'no' },
  result: 'cleared-cookies',
};

/** Build a fragment with a valid checksum around any JSON text (what a forger can do). */
const forge = (json: string, version = 1) => `${version}.${btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.${checksum(json)}`;

describe('report link format', () => {
  it('round-trips a report and stays compact', () => {
    const fragment = encodeReport(sample);
    expect(fragment).toMatch(/^1\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(fragment.length).toBeLessThan(400);
    expect(decodeReport(fragment)).toEqual({ ok: true, report: sample });
    expect(decodeReport(`#${fragment}`)).toEqual({ ok: true, report: sample });
  });

  it('round-trips any valid report (property)', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    const text = fc.stringMatching(/^[A-Za-z0-9 ._()+/-]{1,40}$/);
    const status = fc.constantFrom('ok', 'warning', 'problem', 'unknown' as const);
    const report = fc.record(
      {
        version: fc.constant(1 as const),
        createdAt: fc.integer({ min: Date.UTC(2024, 0, 1) / 1000, max: Date.UTC(2099, 0, 1) / 1000 }).map((s) => s * 1000),
        checks: fc.dictionary(fc.constantFrom(...CHECK_IDS), status, { minKeys: 1 }),
        clockSkewSeconds: fc.integer({ min: -1e8, max: 1e8 }),
        browser: fc.record({ name: text, version: text, os: text }),
        answers: fc.dictionary(id, id, { minKeys: 1, maxKeys: 24 }),
        result: id,
      },
      { requiredKeys: ['version', 'createdAt', 'checks'] },
    );
    fc.assert(
      fc.property(report, (r) => {
        expect(decodeReport(encodeReport(r as Report))).toEqual({ ok: true, report: r });
      }),
    );
  });

  it('refuses to encode what the format cannot carry (free text, unknown checks)', () => {
    expect(() => encodeReport({ ...sample, answers: { message: 'Call 0800 123 to fix your account' } })).toThrow(/answers/);
    expect(() => encodeReport({ ...sample, checks: {} })).toThrow(/checks/);
  });

  it('says "damaged" for a link cut short or with a character changed', () => {
    const fragment = encodeReport(sample);
    expect(decodeReport(fragment.slice(0, -5))).toMatchObject({ ok: false, error: 'damaged' });
    expect(decodeReport(fragment.slice(0, 40))).toMatchObject({ ok: false, error: 'damaged' });
    const i = 20;
    const flipped = fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
    expect(decodeReport(flipped)).toMatchObject({ ok: false, error: 'damaged' });
    expect(decodeReport('hello')).toMatchObject({ ok: false, error: 'damaged' });
    expect(decodeReport('1.!!!.x')).toMatchObject({ ok: false, error: 'damaged' });
  });

  it('says a future version plainly', () => {
    const r = decodeReport(forge('{"t":1,"s":"ooooooooo"}', 2));
    expect(r).toMatchObject({ ok: false, error: 'future-version' });
    if (!r.ok) expect(r.message).toMatch(/newer version/);
    expect(decodeReport('99.anything.at-all')).toMatchObject({ error: 'future-version' });
  });

  it.each([
    ['an unknown field', '{"t":1795000000,"s":"ooooooooo","html":"<img src=x onerror=alert(1)>"}'],
    ['free text in the answers', '{"t":1795000000,"s":"ooooooooo","a":{"note":"Your account is hacked, call +1 800"}}'],
    ['markup in the browser name', '{"t":1795000000,"s":"ooooooooo","b":["<script>","1","x"]}'],
    ['a status string of the wrong length', '{"t":1795000000,"s":"oooo"}'],
    ['an unknown status letter', '{"t":1795000000,"s":"ooooxoooo"}'],
    ['no check at all', '{"t":1795000000,"s":"---------"}'],
    ['a date before reports existed', '{"t":100,"s":"ooooooooo"}'],
    ['a fractional time', '{"t":1795000000.5,"s":"ooooooooo"}'],
    ['an absurd clock skew', '{"t":1795000000,"s":"ooooooooo","k":1e12}'],
    ['a prototype-polluting key', '{"t":1795000000,"s":"ooooooooo","a":{"__proto__":"x"}}'],
    ['not an object', '[1,2,3]'],
    ['not JSON', 'alert(1)'],
  ])('says "invalid" for a forged link with %s', (_, json) => {
    const r = decodeReport(forge(json));
    expect(r).toMatchObject({ ok: false, error: 'invalid' });
    if (!r.ok) expect(r.message).toMatch(/does not hold a report made by this site/);
  });

  it('refuses huge and empty input before decoding anything', () => {
    expect(decodeReport(`1.${'A'.repeat(MAX_REPORT_CHARS)}.0`)).toMatchObject({ ok: false, error: 'too-long' });
    expect(decodeReport('')).toMatchObject({ ok: false, error: 'empty' });
    expect(decodeReport('#')).toMatchObject({ ok: false, error: 'empty' });
  });
});

describe('report from results, and as text', () => {
  const results: CheckResult[] = [
    { id: 'cookies', status: 'problem', summary: 'Cookies are blocked: this browser did not keep a test cookie.', detail: '', causes: ['cleared-cookies'] },
    { id: 'clock', status: 'problem', summary: 'Your device clock is about 15 minutes ahead of the server’s.', detail: '', causes: ['clock-skew'], data: { skewSeconds: 900 } },
    { id: 'browser', status: 'ok', summary: 'Chrome', detail: '', causes: [], data: { browserName: 'Chrome<b>', browserVersion: '156.0.0.0', osName: 'Linux' } },
  ];

  it('keeps statuses and facts, squeezes browser text into the safe set, drops non-id answers', () => {
    const r = reportFromResults(results, { now: Date.UTC(2026, 10, 27, 14, 5, 30, 123), answers: { when: 'reopen', note: 'free text here' }, result: 'cleared-cookies' });
    expect(r).toEqual({
      version: 1,
      createdAt: Date.UTC(2026, 10, 27, 14, 5, 30),
      checks: { cookies: 'problem', clock: 'problem', browser: 'ok' },
      clockSkewSeconds: 900,
      browser: { name: 'Chromeb', version: '156.0.0.0', os: 'Linux' },
      answers: { when: 'reopen' },
      result: 'cleared-cookies',
    });
    expect(decodeReport(encodeReport(r))).toEqual({ ok: true, report: r });
  });

  it('writes plain text for a ticket: date, browser, each check, where it points, answers, link', () => {
    const r = reportFromResults(results, { now: Date.UTC(2026, 10, 27, 14, 5), answers: { when: 'reopen' } });
    const text = reportToText(r, { siteName: 'Session Help Center', origin: 'https://help.example.org', causeLabels: { 'clock-skew': 'Wrong device clock' }, link: 'https://help.example.org/report/#1.x.y' });
    expect(text).toContain('Made: 27 November 2026 at 14:05 UTC');
    expect(text).toContain('Browser: Chromeb 156.0.0.0 on Linux');
    expect(text).toContain('- Device clock: Problem (device clock 15 min ahead of the server)');
    expect(text).toContain('  Points to: Wrong device clock, https://help.example.org/causes/clock-skew/#fix-it-now');
    expect(text).toContain('  Points to: cleared-cookies, https://help.example.org/causes/cleared-cookies/#fix-it-now');
    expect(text).toContain('- when: reopen');
    expect(text).toContain('Report link: https://help.example.org/report/#1.x.y');
    const local = reportToText(r, { siteName: 'S', origin: 'https://h.example', results });
    expect(local).toContain('- Cookies: Problem. Cookies are blocked');
  });
});
