/**
 * A report as text in every language (src/i18n/report/): the same facts, said in the language's
 * own words, dates and check names, with links to that language's pages. Every expected word is
 * read from the dictionaries, so a change of wording cannot break this test, a missed one can.
 */
import { describe, expect, it } from 'vitest';
import { reportToText } from '../../../src/report/build';
import { decodeReport } from '../../../src/report/format';
import { fill } from '../../../src/common/fill';
import { CHECK_IDS, type CheckId } from '../../../src/config/checks';
import { LOCALES, type Locale } from '../../../src/config/locales';
import { utcDateTimeWords } from '../../../src/common/time-words';
import { localizedPath } from '../../../src/common/locale-path';
import { checkWords } from '../../../src/i18n/checks/names';
import { reportText } from '../../../src/i18n/report';
import { REPORT_LINKS_V2 } from '../../fixtures/report-links-v2';

const fixture = REPORT_LINKS_V2.find((f) => f.report.reasons && f.report.clockSkewSeconds !== undefined && f.report.browser)!;
const labels = (locale: Locale) => Object.fromEntries(CHECK_IDS.map((id) => [id, checkWords(locale)[id].label])) as Record<CheckId, string>;
const textIn = (locale: Locale) =>
  reportToText(fixture.report, {
    siteName: 'Help',
    origin: 'https://help.example',
    text: reportText(locale),
    locale,
    checkLabels: labels(locale),
    link: `https://help.example/report/#${fixture.link}`,
  });

describe.each(LOCALES)('a report as text in %s', (locale) => {
  const t = reportText(locale);
  const text = textIn(locale);
  const lines = text.split('\n');

  it('says its title and its date in that language', () => {
    expect(lines[0]).toBe(fill(t.text.title, { site: 'Help' }));
    expect(lines[1]).toBe(fill(t.text.made, { date: utcDateTimeWords(fixture.report.createdAt, locale) }));
  });

  it('names each check in that language, with its status and reason in its words', () => {
    for (const [id, status] of Object.entries(fixture.report.checks) as [CheckId, keyof typeof t.status][]) {
      const reason = fixture.report.reasons?.[id];
      const words = reason ? fill(t.statusWithReason, { status: t.status[status], reason: t.reasons[reason] }) : t.status[status];
      expect(
        lines.some((l) => l.startsWith(`- ${labels(locale)[id]}${t.nameSeparator}${words}`)),
        `${id} ${words}`,
      ).toBe(true);
    }
  });

  it('links each cause a check points to on that language’s pages', () => {
    const urls = [...text.matchAll(/https:\/\/help\.example(\/[^\s,、]*)/g)].map((m) => m[1]!).filter((u) => u.includes('/causes/'));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(localizedPath(locale, '/causes/'))).toBe(true);
  });

  it('ends with the same link (ids only) in every language', () => {
    expect(lines.at(-2)).toBe(fill(t.text.link, { link: `https://help.example/report/#${fixture.link}` }));
  });
});

describe('the same report in every language', () => {
  it('says the same facts: as many check lines, the same clock difference and browser', () => {
    const checkLines = (locale: Locale) =>
      textIn(locale)
        .split('\n')
        .filter((l) => l.startsWith('- ')).length;
    expect(new Set(LOCALES.map(checkLines)).size).toBe(1);
    const skew = String(Math.abs(fixture.report.clockSkewSeconds!));
    for (const locale of LOCALES) {
      const text = textIn(locale);
      expect(text).toContain(fixture.report.browser!.name);
      expect(text).toContain(fixture.report.browser!.version);
      expect(text.includes(skew) || text.includes(String(Math.round(Math.abs(fixture.report.clockSkewSeconds!) / 60)))).toBe(true);
    }
  });

  it('is refused in every language with that language’s words for the error', () => {
    const damaged = decodeReport(fixture.link.replace(/^2\.(.)/, (_m, c: string) => `2.${c === 'e' ? 'f' : 'e'}`));
    expect(damaged.ok).toBe(false);
    if (damaged.ok) return;
    expect(damaged.message).toBe(reportText('en').errors[damaged.error]);
    expect(new Set(LOCALES.map((l) => reportText(l).errors[damaged.error])).size).toBe(LOCALES.length);
  });
});
