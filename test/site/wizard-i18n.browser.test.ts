/**
 * The wizard in Spanish and Japanese in real Chromium, walked as a person walks it: clicking the
 * answers by their words in that language, pressing the browser's Back button, to a result in that
 * language, with JavaScript and again without; `<html lang>` and the counterparts; axe on a
 * question and a result; and the JavaScript budget of each language's wizard pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { answerForeignOriginsLocally, browserForFile } from '../helpers/chromium';
import { DIST } from '../helpers/dist';
import { BUDGETS } from '../../scripts/budgets';
import { gzipSize } from '../../scripts/page-weight';
import { LOCALES, TRANSLATED_LOCALES, type TranslatedLocale } from '../../src/config/locales';
import { localizedPath } from '../../src/common/locale-path';
import { wizardTable } from '../../src/i18n/wizard';
import { checkWords } from '../../src/i18n/checks/names';
import { CHECK_INFO } from '../../src/config/checks';
import { questionText } from '../../src/wizard/lang';
import { answersPath } from '../../src/wizard/path';
import { stepPath } from '../../src/wizard/steps';
import type { AnswerRecord } from '../../src/wizard/types';

const base = inject('baseURL');
/** Two shared cores can be slow to draw a step: wait up to 5 s, as a person would. */
const SLOW = { timeout: 5_000 };
const browser = browserForFile();
let js: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
  js = await browser().newContext();
  // The walks answer every question themselves: keep this machine's live check results out (as test/site/wizard.browser.test.ts does).
  await js.route(/\/_astro\/checks-core\.[\w-]+\.js$/, (route) => route.abort());
  noJs = await browser().newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await js?.close();
  await noJs?.close();
});

const a = (step: string, answer: string): AnswerRecord => ({ step, answer });
/** A person who first says "when I come back to a tab", goes Back, and picks "every time I reopen the browser" instead. */
const FIRST = [a('where', 'computer'), a('message', 'session-expired'), a('when', 'away')];
const WALK = [a('where', 'computer'), a('message', 'session-expired'), a('when', 'reopen'), a('private-window', 'yes')];
const RESULT = 'private-browsing';

const causeLabel = (locale: TranslatedLocale, slug: string): string =>
  /^label: *"?(.+?)"?$/m.exec(readFileSync(join(process.cwd(), 'content', locale, 'causes', `${slug}.mdx`), 'utf8'))![1]!;

const headingText = async (page: Page) => (await page.locator('#wizard-heading').textContent())?.trim();
const pathOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname);

async function open(context: BrowserContext, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}${path}`);
  return { page, errors };
}

describe.each(TRANSLATED_LOCALES)('the wizard in %s', (locale) => {
  const table = wizardTable(locale);
  const at = (path: string) => localizedPath(locale, path);
  const question = (step: string) => questionText(step, table)!.question;
  const label = (r: AnswerRecord) => questionText(r.step, table)!.answer(r.answer);
  const choose = (page: Page, r: AnswerRecord) => page.getByRole('link', { name: label(r), exact: true }).click();
  const resultHeading = `${table.result.kicker.cause}: ${causeLabel(locale, RESULT)}`;

  it('with JavaScript: answers, Back and a result, all in this language, every address keeping its prefix', async () => {
    const { page, errors } = await open(js, at('/diagnose/'));
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    for (const [i, r] of FIRST.entries()) {
      await expect.poll(() => headingText(page), SLOW).toBe(question(r.step));
      await choose(page, r);
      await expect.poll(() => pathOf(page), SLOW).toBe(at(answersPath(FIRST.slice(0, i + 1))));
    }
    await expect.poll(() => headingText(page), SLOW).toBe(question('away-what'));
    expect(await page.locator('.wizard-progress').textContent()).toContain('4');
    await page.goBack();
    await expect.poll(() => headingText(page), SLOW).toBe(question('when'));
    expect(pathOf(page)).toBe(at(answersPath(FIRST.slice(0, 2))));
    for (const [i, r] of WALK.entries()) {
      if (i < 2) continue;
      await expect.poll(() => headingText(page), SLOW).toBe(question(r.step));
      await choose(page, r);
      await expect.poll(() => pathOf(page), SLOW).toBe(at(answersPath(WALK.slice(0, i + 1))));
    }
    await expect.poll(() => headingText(page), SLOW).toBe(resultHeading);
    const reasons = table.reasons as Readonly<Record<string, string>>;
    expect(await page.locator('.wizard-reasons li').allTextContents()).toEqual(
      WALK.map((r) => reasons[`${r.step}=${r.answer}`]).filter(Boolean),
    );
    expect(await page.locator('.wizard-result h3').first().textContent()).toBe(table.result.fix);
    expect(await page.getByRole('link', { name: table.result.fixLink }).getAttribute('href')).toBe(at(`/causes/${RESULT}/#fix-it-now`));
    expect(await page.getByRole('button', { name: table.ui.copySummary }).count()).toBe(1);
    expect(await page.locator('.wizard-answered summary').textContent()).toBe(uiAnswered(table.ui, WALK.length));
    // The browser's Back button from the result: the last question again, in this language.
    await page.goBack();
    await expect.poll(() => headingText(page), SLOW).toBe(question('private-window'));
    expect(pathOf(page)).toBe(at(answersPath(WALK.slice(0, 3))));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript: the static pages lead from question to result in this language', async () => {
    const { page } = await open(noJs, at('/diagnose/'));
    for (const [i, r] of WALK.entries()) {
      expect(await headingText(page)).toBe(question(r.step));
      await choose(page, r);
      await page.waitForURL((u) => decodeURIComponent(u.pathname) === at(answersPath(WALK.slice(0, i + 1))));
    }
    expect(await headingText(page)).toBe(resultHeading);
    expect(await page.locator('.wizard-result').textContent()).toContain(table.result.supportNoJs);
    await page.close();
  });

  it('names its counterparts at the same path in every language, and axe finds nothing on a question or a result', async () => {
    for (const path of [stepPath('when'), answersPath(WALK)]) {
      const { page } = await open(js, at(path));
      await page.locator('#wizard-heading').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
      expect(Object.fromEntries(alternates)).toEqual({
        ...Object.fromEntries(LOCALES.map((l) => [l, localizedPath(l, path)])),
        'x-default': path,
      });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('copies a summary for support in this language: check names and statuses, and a link to this language’s report page', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await answerForeignOriginsLocally(context);
    const page = await context.newPage();
    await page.goto(`${base}${at(answersPath(WALK))}`);
    await page.locator('[data-wizard][data-checks-done]').waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: table.ui.copySummary }).click();
    await expect.poll(() => page.locator('[data-copy-summary]').textContent(), { timeout: 15_000 }).toBe(table.result.copied); // the copy loads the browser parser and the report code first
    const copied = await page.locator('#wizard-summary').inputValue();
    // The checks this page ran, named in this language; none in English.
    const ran = ['private-mode', 'clock', 'service-status'] as const;
    expect(
      ran.some((id) => copied.includes(`- ${checkWords(locale)[id].label}: `)),
      copied,
    ).toBe(true);
    for (const id of ran) expect(copied).not.toContain(`- ${CHECK_INFO[id].label}: `);
    const link = new RegExp(`(http://\\S+${at('/report/')}#\\S+)`).exec(copied)?.[1];
    expect(link, copied).toBeDefined();
    // The report page of this language reads the same link with the answers in this language.
    await page.goto(link!);
    await expect.poll(() => page.locator('[data-report]').textContent(), SLOW).toContain(question('private-window'));
    await context.close();
  });

  it('loads no more JavaScript than the interactive budget, with the checks it starts, and no other language’s words', async () => {
    const context = await browser().newContext();
    await answerForeignOriginsLocally(context);
    const page = await context.newPage();
    const loaded = new Map<string, number>();
    page.on('response', (res) => {
      const url = new URL(res.url());
      if (url.origin === base && res.request().resourceType() === 'script')
        loaded.set(url.pathname, gzipSize(readFileSync(join(DIST, url.pathname))));
    });
    await page.goto(`${base}${at('/diagnose/')}`);
    await page.waitForTimeout(3_500); // checks are bounded by 3 s each
    await page.waitForLoadState('networkidle');
    const total = [...loaded.values()].reduce((x, y) => x + y, 0);
    console.log(`${at('/diagnose/')}: ${total} B: ${[...loaded].map(([f, n]) => `${f.split('/').pop()} ${n}`).join(', ')}`);
    expect([...loaded.keys()].some((f) => f.includes('detectIncognito'))).toBe(true); // the checks did start
    expect(total).toBeLessThanOrEqual(BUDGETS.interactiveJs);
    // Words of a language reach the page in its JSON block; no language's result table loads before a result.
    expect([...loaded.keys()].filter((f) => /\/(es|ja)\.[\w-]+\.js$/.test(f))).toEqual([]);
    await context.close();
  });
});

/** "Your 4 answers so far" in the table's words (the same rule as src/i18n/wizard/fill.ts, from the table's strings). */
function uiAnswered(ui: { answeredOne: string; answeredMany: string }, n: number): string {
  return n === 1 ? ui.answeredOne : ui.answeredMany.replace('{n}', String(n));
}
