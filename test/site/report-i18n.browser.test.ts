/**
 * One report link (ids only, the part after #) opened at /report/, /es/report/ and /ja/report/ in
 * real Chromium: each page reads it in its own language with the same facts — status and reason
 * words, check names, dates, cause names and links, the wizard's answers and result, the report
 * copied as text — and a damaged link says so in each language. Every expected word comes from
 * the dictionaries (src/i18n/report/, src/i18n/checks/), the content or the site's own files.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { axeViolations } from '../helpers/axe';
import { frontMatterIn } from '../helpers/translated-content';
import { LOCALES, TRANSLATED_LOCALES, type Locale } from '../../src/config/locales';
import { localizedPath } from '../../src/common/locale-path';
import { utcDateTimeWords } from '../../src/common/time-words';
import { causeUrl } from '../../src/common/urls';
import { FIX_SECTION } from '../../src/config/article-sections';
import { CHECK_INFO, type CheckId } from '../../src/config/checks';
import { checkWords } from '../../src/i18n/checks/names';
import { reportPageText, reportText } from '../../src/i18n/report';
import { fill } from '../../src/common/fill';
import { parseWords, type ReportWords } from '../../src/report/words';
import { wizardWords } from '../../src/report/wizard-words';
import { site } from '../../src/config/site';
import { REPORT_LINKS_V2 } from '../fixtures/report-links-v2';

const base = inject('baseURL');
const browser = browserForFile();
/** A saved link with every kind of fact: reasons, a clock difference, a browser, checks pointing to causes. */
const facts = REPORT_LINKS_V2.find((f) => f.report.reasons && f.report.clockSkewSeconds !== undefined && f.report.browser)!;
/** A saved link with wizard answers and a cause as its result. */
const wizard = REPORT_LINKS_V2.find((f) => f.report.answers && f.report.result === 'cleared-cookies')!;

const causeName = (locale: Locale, slug: string) => String(frontMatterIn(locale, slug).label);

/** The wizard's words a page in `locale` has: English's are built in; another language's file, when the wizard publishes it. */
async function wizardWordsIn(locale: Locale): Promise<ReportWords | undefined> {
  if (locale === 'en') return wizardWords();
  const res = await fetch(`${base}${localizedPath(locale, '/report/words.json')}`);
  return res.ok ? parseWords(await res.text()) : undefined;
}

let context: BrowserContext;
beforeAll(async () => {
  context = await browser().newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
});
afterAll(() => context.close());

async function open(locale: Locale, link: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}${localizedPath(locale, '/report/')}#${link}`);
  await page.locator('[data-report] h2').first().waitFor();
  return page;
}

describe.each(LOCALES)('a report link opened at %s', (locale) => {
  const t = reportText(locale);

  it('reads every check in the language: name, status and reason words, facts, and causes linked in the language', async () => {
    const page = await open(locale, facts.link);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    const lines = await page.locator('[data-report] li[data-check]').evaluateAll((els) =>
      els.map((el) => ({
        id: (el as HTMLElement).dataset.check as string,
        status: (el as HTMLElement).dataset.status,
        text: el.querySelector('.check-status')?.textContent ?? '',
        links: [...el.querySelectorAll('.check-fix a')].map((a) => ({ href: a.getAttribute('href'), name: a.textContent })),
      })),
    );
    // The same facts in every language: the same checks with the same statuses.
    expect(Object.fromEntries(lines.map((l) => [l.id, l.status]))).toEqual(facts.report.checks);
    for (const line of lines) {
      const id = line.id as CheckId;
      const status = facts.report.checks[id]!;
      const reason = facts.report.reasons?.[id];
      const words = reason ? fill(t.statusWithReason, { status: t.status[status], reason: t.reasons[reason] }) : t.status[status];
      expect(line.text, id).toContain(`${checkWords(locale)[id].label}${t.nameSeparator}${words}`);
      const pointed = status === 'warning' || status === 'problem' ? CHECK_INFO[id].causes : [];
      expect(line.links, id).toEqual(
        pointed.map((slug) => ({ href: localizedPath(locale, causeUrl(slug, FIX_SECTION)), name: causeName(locale, slug) })),
      );
    }
    const clock = lines.find((l) => l.id === 'clock')!.text;
    expect(clock).toContain(fill(t.skew.ahead, { amount: fill(t.skew.minutes, { n: facts.report.clockSkewSeconds! / 60 }) }));
    const text = (await page.locator('[data-report]').textContent()) ?? '';
    expect(text).toContain(fill(t.madeOn, { date: utcDateTimeWords(facts.report.createdAt, locale) }));
    expect(text).toContain(fill(t.browser, { browser: fill(t.browserLine, { ...facts.report.browser! }) }));
    await page.close();
  });

  it('reads the wizard’s answers and result in the language’s wizard words (counted only where it has none yet)', async () => {
    const page = await open(locale, wizard.link);
    const text = (await page.locator('[data-report]').textContent()) ?? '';
    const words = await wizardWordsIn(locale);
    const answers = Object.entries(wizard.report.answers!);
    if (words) {
      for (const [q, a] of answers) expect(text).toContain(`${words.questions[q]}${words.answers[`${q}:${a}`]}`);
      expect(text).toContain(`${t.wizardResult}${words.results[wizard.report.result!]}`);
      expect(await page.locator('[data-report] a', { hasText: words.results[wizard.report.result!]! }).getAttribute('href')).toBe(
        localizedPath(locale, causeUrl(wizard.report.result!)),
      );
    } else {
      expect(text).toContain(fill(t.unknownAnswersMany, { n: answers.length }));
      expect(text).toContain(`${t.wizardResult}${t.unknownResult}`);
    }
    // Never an id on the page.
    for (const [q, a] of answers) expect(text).not.toContain(`${q}:${a}`);
    await page.close();
  });

  it('copies the report as text in the language, with the same link', async () => {
    const page = await open(locale, facts.link);
    const button = page.getByRole('button', { name: reportPageText(locale).copy });
    await button.click();
    await expect.poll(() => page.locator('#live-announcer').textContent()).toBe(t.copy.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n');
    expect(lines[0]).toBe(fill(t.text.title, { site: site.siteName }));
    expect(lines[1]).toBe(fill(t.text.made, { date: utcDateTimeWords(facts.report.createdAt, locale) }));
    for (const [id, status] of Object.entries(facts.report.checks) as [CheckId, keyof typeof t.status][]) {
      expect(
        lines.some((l) => l.startsWith(`- ${checkWords(locale)[id].label}${t.nameSeparator}${t.status[status]}`)),
        id,
      ).toBe(true);
    }
    expect(copied).toContain(`${base}${localizedPath(locale, causeUrl('clock-skew', FIX_SECTION))}`);
    expect(lines).toContain(fill(t.text.link, { link: `${base}${localizedPath(locale, '/report/')}#${facts.link}` }));
    await page.close();
  });

  it('says a damaged link is damaged, in the language, and shows nothing from it', async () => {
    const page = await context.newPage();
    const damaged = facts.link.replace(/^2\.(.)/, (_m, c: string) => `2.${c === 'e' ? 'f' : 'e'}`);
    await page.goto(`${base}${localizedPath(locale, '/report/')}#${damaged}`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(t.errors.damaged);
    expect(await alert.locator('a').getAttribute('href')).toBe(
      locale === 'en' ? '/check/' : await page.locator('.lede a').getAttribute('href'),
    );
    expect(await page.locator('[data-report] li[data-check]').count()).toBe(0);
    expect(await page.locator('[data-report-copy]').isHidden()).toBe(true);
    await page.close();
  });
});

describe.each(TRANSLATED_LOCALES)('/%s/report/', (locale) => {
  it('has its counterparts in every language, and says it needs JavaScript in the language when it is off', async () => {
    const noJs = await browser().newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/${locale}/report/#${facts.link}`);
    expect(await page.locator('h1').textContent()).toBe(reportPageText(locale).title);
    expect((await page.locator('[data-js-off]').textContent())?.trim()).toBe(reportPageText(locale).jsOff);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => ls.map((l) => new URL(l.getAttribute('href')!).pathname));
    for (const other of LOCALES) expect(alternates).toContain(localizedPath(other, '/report/'));
    await noJs.close();
  });

  it('has no accessibility violations on a report or on a damaged link', async () => {
    const page = await open(locale, facts.link);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/${locale}/report/#2.broken.link`);
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
