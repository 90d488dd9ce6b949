/**
 * The wizard's "paste the exact message" box in real Chromium, fed the verbatim messages people
 * posted (test/fixtures/real-phrasings.ts): a recognised message lands on its answer or continues
 * the wizard at the question it implies; an unknown one lands on the search results for its words.
 * Every landing must fit the message. Prints where each kind of paste landed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { catalog, fits, rawMessages } from '../helpers/catalog';
import { REAL_PHRASINGS } from '../fixtures/real-phrasings';
import { PASTE_COPY } from '../../src/wizard/paste-copy';
import { questionMeta } from '../../src/wizard/steps';
import { answersPath } from '../../src/wizard/path';
import { MESSAGE_STEP } from '../../src/wizard/tree';

const base = inject('baseURL');
const browser = browserForFile();
const entries = catalog();
let context: BrowserContext;
/** The message question, as a visitor on a computer reaches it (the paste box is there). */
const WHERE = { step: 'where', answer: 'computer' };
const PASTE_PAGE = answersPath([WHERE]);
const landed = { answer: 0, wizard: 0, search: 0, searchFits: 0 };

beforeAll(async () => {
  context = await browser().newContext();
});
afterAll(() =>
  console.log(
    `\nPaste box, real messages: answer page ${landed.answer}, wizard continued ${landed.wizard}, ` +
      `search results ${landed.search} (a fitting answer in their top three: ${landed.searchFits})`,
  ),
);

/** Paste into the box on the message question, submit, and wait until the page has moved on. */
async function paste(page: Page, text: string): Promise<URL> {
  await page.goto(`${base}${PASTE_PAGE}`);
  const before = page.url();
  await page.locator('form[data-paste] textarea').fill(text);
  await page.locator('form[data-paste] button[type="submit"]').click();
  await page.waitForURL((url) => url.href !== before, { timeout: 10_000 });
  return new URL(page.url());
}

describe('pasting a real message', () => {
  const messages = REAL_PHRASINGS.filter((p) => p.kind === 'message');

  it.each(messages.map((p) => [p.query.slice(0, 70), p] as const))('%s', async (_name, p) => {
    const page = await context.newPage();
    const url = await paste(page, p.query);
    if (url.pathname === '/search/') {
      landed.search++;
      // Not a dead end: the search page shows results for the pasted words. How good they are is
      // the real-phrasings search table's job; here they are counted.
      await page.locator('[data-search-results] li a').first().waitFor({ timeout: 10_000 });
      const hrefs = await page
        .locator('[data-search-results] li > a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
      expect(hrefs.length, p.query).toBeGreaterThan(0);
      if (hrefs.slice(0, 3).some((h) => fits(h, p.accept, entries))) landed.searchFits++;
    } else if (url.pathname.startsWith('/diagnose/')) {
      landed.wizard++;
      // A generic sign-in message: the next question, with the message recorded as the answer.
      expect(url.pathname, p.query).toMatch(new RegExp(`^${PASTE_PAGE}${MESSAGE_STEP}=[a-z-]+/$`));
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wizard-heading');
    } else {
      landed.answer++;
      expect(fits(url.pathname, p.accept, entries), `${p.query}\n  landed on ${url.pathname}`).toBe(true);
    }
    await page.close();
  });
});

describe('the box itself', () => {
  it('continues the wizard for a generic sign-in message, with the message as its answer', async () => {
    const generic = rawMessages().find((m) => m.wizard)!;
    const page = await context.newPage();
    const url = await paste(page, `{"detail":"${generic.message}"}`);
    const chosen = questionMeta(MESSAGE_STEP)!.answers.find((a) => a.id === generic.wizard)!;
    expect(url.pathname).toBe(answersPath([WHERE, { step: MESSAGE_STEP, answer: chosen.id }]));
    expect(await page.locator('.wizard-answered .wizard-a').allTextContents()).toEqual([
      questionMeta('where')!.answers[0]!.label,
      chosen.label,
    ]);
    await page.goBack();
    await expect.poll(() => page.locator('#wizard-heading').textContent()).toBe(questionMeta(MESSAGE_STEP)!.question);
    await page.close();
  });

  it('opens the answer of a specific message, Ray ID and all', async () => {
    const specific = rawMessages().find((m) => !m.wizard && m.group === 'limits') ?? rawMessages().find((m) => !m.wizard)!;
    const page = await context.newPage();
    const url = await paste(page, `${specific.message.toUpperCase()}\nRay ID: 8f3a2b1c4d5e6f70`);
    expect(url.pathname).toBe(entries.find((e) => e.id === specific.id)!.answer);
    await page.close();
  });

  it('searches the words of a message it does not know, without the noise', async () => {
    const page = await context.newPage();
    const url = await paste(page, 'Quantum flux capacitor overheated (req_8f3a2b1c4d5e6f70)');
    expect(url.pathname).toBe('/search/');
    expect(url.searchParams.get('q')).toBe('Quantum flux capacitor overheated');
    await page.close();
  });

  it('asks for text when the box is empty, and stays put', async () => {
    const page = await context.newPage();
    await page.goto(`${base}${PASTE_PAGE}`);
    await page.locator('form[data-paste] button[type="submit"]').click();
    await expect.poll(() => page.locator('#wizard-paste-status').textContent()).toBe(PASTE_COPY.empty);
    expect(new URL(page.url()).pathname).toBe(PASTE_PAGE);
    await page.close();
  });

  it('still gets somewhere when the catalog cannot be loaded: the search page for the words', async () => {
    const page = await context.newPage();
    await page.route('**/messages/catalog.json', (route) => route.abort());
    const url = await paste(page, 'Too many requests in 1 hour. Try again later.');
    expect(url.pathname).toBe('/search/');
    expect(url.searchParams.get('q')).toBe('Too many requests in 1 hour. Try again later.');
    await page.close();
  });
});
