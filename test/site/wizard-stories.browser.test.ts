/**
 * The people of test/fixtures/wizard-stories.ts walk their main path (their likeliest answers) in
 * real Chromium on a 390 × 844 phone screen: with JavaScript on, in a normal (persistent) profile,
 * with the live findings their story implies sent through the checks' hook; and with JavaScript
 * off, page by page. Each walk is read as a person reads it: the question on screen, the answer
 * clicked by its words (a confirmation answered "Yes, that's right" or "No, that's wrong"), the
 * result's heading and the candidates listed below it. On every screen the first answer (or the
 * first fix step) must be on the first screen, and every control at least 24 × 24 px.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserForFile, profilesForFile } from '../helpers/chromium';
import { isRight, mainPath, median, pct, wizardFindings } from '../helpers/stories';
import { WIZARD_STORIES, type WizardStory } from '../fixtures/wizard-stories';
import { WIZARD_COPY } from '../../src/wizard/copy';
import { detectedAnswer } from '../../src/wizard/rank';
import { questionMeta } from '../../src/wizard/steps';
import type { CheckResults } from '../../src/wizard/types';

const base = inject('baseURL');
const PHONE = { width: 390, height: 844 };
/** Smallest tap target (WCAG 2.2, 2.5.8), in CSS pixels. */
const TARGET = 24;

const browser = browserForFile();
const profiles = profilesForFile();
let jsOn: BrowserContext;
let jsOff: BrowserContext;

beforeAll(async () => {
  jsOn = await profiles.open(undefined, { viewport: PHONE });
  // The story's findings stand in for this machine's: the checks runner is not loaded.
  await jsOn.route(/\/_astro\/checks-core\.[\w-]+\.js$/, (route) => route.abort());
  jsOff = await browser().newContext({ javaScriptEnabled: false, viewport: PHONE });
});
afterAll(async () => {
  await jsOn?.close();
});

interface Seen {
  readonly result: string;
  readonly listed: string[];
  readonly questions: number;
  /** Problems found on the phone screen, one line each. */
  readonly phone: string[];
}

/** What a phone screen must show, and the controls that are too small. */
async function checkScreen(page: Page, what: string): Promise<string[]> {
  return page.evaluate(
    ({ what, height, target }) => {
      const out: string[] = [];
      const first = document.querySelector(what === 'result' ? '.wizard-fix li' : '.wizard-answer');
      const box = first?.getBoundingClientRect();
      if (!box || box.bottom > height)
        out.push(`${what}: first ${what === 'result' ? 'fix step' : 'answer'} ends at ${Math.round(box?.bottom ?? -1)} px`);
      for (const el of document.querySelectorAll<HTMLElement>('.wizard a, .wizard button, .wizard summary, .wizard textarea')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue; // not shown (inside a closed list)
        if (r.height < target || r.width < target)
          out.push(`${what}: “${el.textContent?.trim().slice(0, 30)}” is ${Math.round(r.width)} × ${Math.round(r.height)} px`);
      }
      return out;
    },
    { what, height: PHONE.height, target: TARGET },
  );
}

const resultIdOf = async (page: Page): Promise<string> => (await page.locator('[data-wizard]').getAttribute('data-step')) ?? '';

async function walkInChromium(story: WizardStory, context: BrowserContext, checks: CheckResults): Promise<Seen> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/diagnose/`);
  const js = context === jsOn;
  const send = async () => {
    for (const result of Object.values(checks)) {
      await page.evaluate((d) => document.dispatchEvent(new CustomEvent('shc:check-result', { detail: d })), result);
    }
  };
  if (js) await send();
  const phone: string[] = [];
  const main = mainPath(story);
  let questions = 0;
  for (;;) {
    const step = await resultIdOf(page);
    const meta = questionMeta(step);
    if (!meta) break;
    phone.push(...(await checkScreen(page, step)));
    const wanted = story.answers[step]![0]!;
    const detection = js ? detectedAnswer(meta, checks) : undefined;
    // A person reads the words on screen: a confirmation is answered with its two buttons.
    const label = detection
      ? wanted === detection.rule.answer || wanted === 'not-sure'
        ? WIZARD_COPY.yesRight
        : WIZARD_COPY.noWrong
      : meta.answers.find((a) => a.id === wanted)!.label;
    expect((await page.locator('#wizard-heading').textContent())?.trim(), `${story.id} at ${step}`).toBe(
      detection ? WIZARD_COPY.confirm(detection.rule.text) : meta.question,
    );
    await page.getByRole('link', { name: label, exact: true }).click();
    questions++;
    await expect.poll(() => resultIdOf(page).then((s) => s !== step)).toBe(true);
  }
  await page.locator('.wizard-result').waitFor();
  if (js) await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wizard-heading');
  phone.push(...(await checkScreen(page, 'result')));
  const result = await resultIdOf(page);
  const also = await page.locator('.wizard-also a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const listed = [result, ...also.map((href) => href.split('/').filter(Boolean).pop()!)];
  expect(errors, story.id).toEqual([]);
  // The same machine in Node, with the same evidence, says the same.
  if (js) expect(result, story.id).toBe(main.result);
  await page.close();
  return { result, listed, questions, phone };
}

describe.each([
  ['JavaScript on, normal profile', true],
  ['JavaScript off', false],
] as const)('main paths in Chromium on a phone: %s', (name, js) => {
  const seen = new Map<string, Seen>();

  it.each(WIZARD_STORIES.map((s) => [s.id, s] as const))('%s', async (_id, story) => {
    const walk = await walkInChromium(story, js ? jsOn : jsOff, js ? wizardFindings(story) : {});
    seen.set(story.id, walk);
    expect(walk.phone, story.id).toEqual([]);
  });

  it('meets the goals, and prints the figures', () => {
    const walks = WIZARD_STORIES.map((s) => ({ s, w: seen.get(s.id)! })).filter(({ w }) => w);
    expect(walks).toHaveLength(WIZARD_STORIES.length);
    const right = walks.filter(({ s, w }) => isRight(s, w.result)).length;
    const listed = walks.filter(({ s, w }) => w.listed.some((id) => isRight(s, id))).length;
    const questions = walks.map(({ w }) => w.questions);
    console.log(
      `\nStories in Chromium (${name}): ${walks.length} main paths, result right ${right} (${pct(right, walks.length)}), ` +
        `true cause listed ${listed} (${pct(listed, walks.length)}), questions median ${median(questions)}, most ${Math.max(...questions)}`,
    );
    expect(right / walks.length).toBeGreaterThanOrEqual(0.9);
    expect(median(questions)).toBeLessThanOrEqual(4);
    if (js) expect(listed).toBe(walks.length);
  });
});
