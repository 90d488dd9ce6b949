/**
 * /report/: a link saved in a ticket shows its checks, answers and result in words, read in the
 * browser only; a damaged, forged or future link says so plainly and shows nothing from it.
 * (A link made on /check/ showing the same results: check.browser.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { browserForFile } from '../helpers/chromium';
import { CHECK_INFO } from '../../src/config/checks';
import { checksum } from '../../src/report/format';
import { REASON_WORDS } from '../../src/report/reason-words';
import { STATUS_WORDS } from '../../src/report/status-words';
import { questionMeta } from '../../src/wizard/steps';
import { outcomeTitle } from '../../src/wizard/outcome-title';
import { REPORT_LINKS_V1 } from '../fixtures/report-links-v1';
import { REPORT_LINKS_V2 } from '../fixtures/report-links-v2';

const base = inject('baseURL');
const browser = browserForFile();
type Statuses = Record<string, string>;
/** A link as /check/ shares it: a saved v2 link. */
const shared = `${base}/report/#${REPORT_LINKS_V2[0]!.link}`;

describe('report links saved in tickets, in words', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext();
  });
  afterAll(() => context.close());

  /** What /report/ shows: each check's line, and the whole report's text. */
  async function read(link: string): Promise<{ lines: Statuses; text: string }> {
    const page = await context.newPage();
    await page.goto(`${base}/report/#${link}`);
    await page.locator('[data-report] li[data-check]').first().waitFor();
    const lines = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('[data-report] li[data-check]')].map((el) => [el.dataset.check!, el.textContent ?? '']),
      ),
    );
    const text = (await page.locator('[data-report]').textContent()) ?? '';
    await page.close();
    return { lines, text };
  }

  const answerWords = (answers: Readonly<Record<string, string>>) =>
    Object.entries(answers).map(([q, a]) => [questionMeta(q)!.question, questionMeta(q)!.answers.find((x) => x.id === a)!.label] as const);

  it.each([
    ['v1', REPORT_LINKS_V1.find((f) => f.report.answers && f.report.result)!],
    ['v2', REPORT_LINKS_V2.find((f) => f.report.answers && f.report.result && f.report.reasons)!],
  ])('a saved %s link shows its checks, answers and result in words, and no ids', async (version, fixture) => {
    const { lines, text } = await read(fixture.link);
    expect(Object.keys(lines).sort()).toEqual(Object.keys(fixture.report.checks).sort());
    for (const [id, status] of Object.entries(fixture.report.checks)) {
      const reason = 'reasons' in fixture.report ? fixture.report.reasons?.[id as keyof typeof fixture.report.checks] : undefined;
      const words = reason ? `${STATUS_WORDS[status]} (${REASON_WORDS[reason]})` : STATUS_WORDS[status];
      expect(lines[id]).toMatch(new RegExp(`^\\S+ ${CHECK_INFO[id as keyof typeof CHECK_INFO].label}: ${words.replace(/[()]/g, '\\$&')}`));
    }
    for (const [question, answer] of answerWords(fixture.report.answers!)) expect(text).toContain(`${question}${answer}`);
    expect(text).toContain(`Wizard result: ${outcomeTitle(fixture.report.result!)}`);
    expect(text).toContain(`Report format version ${version.slice(1)}`);
    const ids = [
      ...Object.keys(fixture.report.checks),
      ...Object.keys(fixture.report.answers!),
      ...Object.values(fixture.report.answers!),
      fixture.report.result!,
    ];
    for (const id of ids.filter((i) => i.includes('-'))) expect(text).not.toContain(id);
  });
});

describe('links that hold no report', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext();
  });
  afterAll(() => context.close());

  const forge = (json: string) => `1.${Buffer.from(json).toString('base64url')}.${checksum(json)}`;

  it.each([
    ['damaged (cut short)', (link: string) => link.slice(0, -6), /damaged/],
    [
      'damaged (a character changed)',
      (link: string) => link.replace(/#2\.(.)/, (_m, c: string) => `#2.${c === 'e' ? 'f' : 'e'}`),
      /damaged/,
    ],
    ['from a future version', (link: string) => link.replace('#2.', '#3.'), /newer version of this site/],
    [
      'forged with markup',
      () => `${base}/report/#${forge('{"t":1795000000,"s":"ooooooooo","b":["<img src=x onerror=alert(1)>","1","x"]}')}`,
      /does not hold a report made by this site/,
    ],
    [
      'forged with free text',
      () => `${base}/report/#${forge('{"t":1795000000,"s":"ooooooooo","a":{"note":"Call 0800 to unlock"}}')}`,
      /does not hold a report made by this site/,
    ],
    ['far too long', () => `${base}/report/#1.${'A'.repeat(5000)}.x`, /far longer than any report/],
    ['empty', () => `${base}/report/`, /has no report in it/],
  ])('a link %s says so plainly and shows nothing from it', async (_, mangle, message) => {
    const link = shared;
    const reader = await context.newPage();
    const dialogs: string[] = [];
    reader.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const requested: string[] = [];
    reader.on('request', (r) => requested.push(r.url()));
    await reader.goto(mangle(link));
    const alert = reader.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(message);
    expect(await reader.locator('[data-report] li[data-check]').count()).toBe(0);
    expect(await reader.locator('[data-report] img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requested.every((u) => u.startsWith(base))).toBe(true);
    await reader.close();
  });
});

describe('using the page', () => {
  it('says it needs JavaScript when JavaScript is off', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/report/#1.abc.def`);
    await expect(page.getByText('Reading a report needs JavaScript').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('axe-core finds no accessibility violations on a report, or on a damaged link', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    for (const url of [shared, `${base}/report/#broken`]) {
      await page.goto(url);
      await page.locator('[data-report] li[data-check], [role="alert"]').first().waitFor();
      const violations = await axeViolations(page);
      expect(violations, url).toEqual([]);
    }
    await context.close();
  });
});
