/**
 * The diagnosis wizard in real Chromium, walked the way visitors walk it: by clicking answers
 * (with JavaScript, and again without), with Back and Forward, a shared link, a damaged link, the
 * keyboard alone, and live check results arriving while a question is open.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/chromium';
import { WIZARD_COPY, WIZARD_PAGE_COPY } from '../../src/wizard/copy';
import { RESULT_COPY } from '../../src/wizard/result-view';
import { stepUrl } from '../../src/wizard/path';
import { INITIAL_STEP, questionMeta, questionsLeft, resultMeta } from '../../src/wizard/steps';
import type { AnswerRecord } from '../../src/wizard/types';

const base = inject('baseURL');

interface Story {
  name: string;
  /** What the visitor picks, question by question. */
  answers: AnswerRecord[];
  /** Where a person would expect to end up. */
  result: string;
}

const a = (step: string, answer: string): AnswerRecord => ({ step, answer });

const STORIES: Story[] = [
  {
    name: 'idle at lunch: came back after an hour to a signed-out tab',
    answers: [a('message', 'session-expired'), a('when', 'away'), a('idle-length', 'long')],
    result: 'inactivity-timeout',
  },
  {
    name: 'cookies cleared on close: signed out every morning, browser wipes data',
    answers: [a('message', 'other'), a('when', 'reopen'), a('private-window', 'no'), a('clears-on-close', 'yes')],
    result: 'cleared-cookies',
  },
  {
    name: 'private window: always works in incognito, asked again every time',
    answers: [a('message', 'session-expired'), a('when', 'reopen'), a('private-window', 'yes')],
    result: 'private-browsing',
  },
  {
    name: 'VPN toggling: kicked out mid-conversation, work VPN goes on and off',
    answers: [a('message', 'session-expired'), a('when', 'typing'), a('status', 'no'), a('vpn', 'yes')],
    result: 'network-changes',
  },
  {
    name: 'phone and laptop: same account on both, signed out while typing',
    answers: [a('message', 'other'), a('when', 'typing'), a('status', 'no'), a('vpn', 'no'), a('devices', 'yes')],
    result: 'multiple-sessions',
  },
  {
    name: 'signed in all day: out after about twelve hours, every day',
    answers: [a('message', 'session-expired'), a('when', 'many-hours'), a('hours-pattern', 'same')],
    result: 'login-time-limit',
  },
  {
    name: 'token message: “Authentication token expired” on a laptop with a wrong clock',
    answers: [a('message', 'token-expired'), a('clock', 'wrong')],
    result: 'clock-skew',
  },
];

const label = (r: AnswerRecord): string => questionMeta(r.step)!.answers.find((x) => x.id === r.answer)!.label;
const question = (step: string): string => questionMeta(step)!.question;
const title = (result: string): string => resultMeta(result)!.title;

let browser: Browser;
let js: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  js = await browser.newContext();
  // The stories answer every question themselves: keep this machine's real check results (its
  // clock, its off-the-record context) out of them by not loading the checks runner. The live
  // checks' effect on the wizard is tested below, in "live checks in the wizard".
  await js.route(/\/_astro\/run\.[\w-]+\.js$/, (route) => route.abort());
  await js.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  noJs = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * One reused tab per context (opening tabs is slow on two cores), recording script errors so every
 * test can say "and nothing broke". Each test starts with a fresh page load.
 */
const tabs = new Map<BrowserContext, { page: Page; errors: string[] }>();
async function open(context: BrowserContext, path: string): Promise<{ page: Page; errors: string[] }> {
  let tab = tabs.get(context);
  if (!tab || tab.page.isClosed()) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    tab = { page, errors };
    tabs.set(context, tab);
  }
  tab.errors.length = 0;
  await tab.page.goto(`${base}${path}`);
  return tab;
}

const heading = (page: Page) => page.locator('#wizard-heading');
const headingText = async (page: Page) => (await heading(page).textContent())?.trim();
const pathAndQuery = (page: Page) => {
  const u = new URL(page.url());
  return decodeURIComponent(u.pathname + u.search);
};
const answeredTexts = (page: Page) => page.locator('.wizard-answered li .wizard-a').allTextContents();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Click the answer a person would click: the link with that text. */
async function choose(page: Page, record: AnswerRecord): Promise<void> {
  await page.getByRole('link', { name: label(record), exact: true }).click();
}

/** Walk a story by clicking; checks each question on the way. Returns the headings seen. */
async function walk(page: Page, story: Story, withJs: boolean): Promise<string[]> {
  const seen: string[] = [];
  for (const [i, record] of story.answers.entries()) {
    await expect.poll(() => headingText(page)).toBe(question(record.step));
    seen.push(question(record.step));
    if (withJs) expect(await answeredTexts(page)).toEqual(story.answers.slice(0, i).map(label));
    await choose(page, record);
    const next = i + 1 < story.answers.length ? story.answers[i + 1]!.step : story.result;
    const expected = withJs ? stepUrl(next, story.answers.slice(0, i + 1)) : stepUrl(next);
    await expect.poll(() => pathAndQuery(page)).toBe(expected);
  }
  await expect.poll(() => headingText(page)).toBe(title(story.result));
  seen.push(title(story.result));
  return seen;
}

describe('visitor stories, with JavaScript (the page changes in place)', () => {
  it.each(STORIES.map((s) => [s.name, s] as const))('%s', async (_name, story) => {
    const { page, errors } = await open(js, '/diagnose/');
    // A mark on this document: it survives only if no step loads a new page.
    await page.evaluate(() => document.documentElement.setAttribute('data-test-mark', 'same-document'));
    await walk(page, story, true);
    expect(await page.locator('html').getAttribute('data-test-mark'), 'every step is drawn in place').toBe('same-document');
    // Focus is on the result, the result is announced, and the answers stay visible.
    expect(await focusedId(page)).toBe('wizard-heading');
    await expect.poll(() => page.locator('[data-wizard-live]').textContent()).toBe(WIZARD_COPY.resultAnnounce(title(story.result)));
    expect(await answeredTexts(page)).toEqual(story.answers.map(label));
    // Why: the visitor's own answers are listed.
    const reasons = await page.locator('.wizard-reasons li').allTextContents();
    const says = story.answers.map((r) => questionMeta(r.step)!.answers.find((x) => x.id === r.answer)!.says).filter(Boolean);
    expect(reasons).toEqual(says);
    // The fix links to the article's "Fix it now" section; "Still happening?" offers more.
    const fix = page.getByRole('link', { name: RESULT_COPY.fixLink });
    expect(await fix.getAttribute('href')).toBe(`/causes/${story.result}/#fix-it-now`);
    expect(await page.locator('.wizard-result h3').allTextContents()).toEqual([RESULT_COPY.why, RESULT_COPY.fix, RESULT_COPY.still, RESULT_COPY.support]);
    expect(await page.locator('.wizard-result h3 + p + ul li a').count()).toBeGreaterThanOrEqual(2);
    expect(await page.title()).toContain(title(story.result));
    expect(errors).toEqual([]);
  });

  it('the fix link opens the article at “Fix it now”', async () => {
    const { page } = await open(js, '/diagnose/');
    await walk(page, STORIES[0]!, true);
    await page.getByRole('link', { name: RESULT_COPY.fixLink }).click();
    await page.waitForURL(`${base}/causes/inactivity-timeout/#fix-it-now`);
    expect(await page.locator('#fix-it-now').textContent()).toContain('Fix it now');
  });

  it('draws a result in place exactly like its static page', async () => {
    const { page } = await open(js, '/diagnose/');
    await walk(page, STORIES[3]!, true);
    const inPlace = await page.locator('.wizard-result').evaluate(staticParts);
    const { page: direct } = await open(noJs, `/diagnose/result/${STORIES[3]!.result}/`);
    expect(await direct.locator('.wizard-result').evaluate(staticParts)).toEqual(inPlace);
  });

  it('loads the result words only once the visitor starts answering', async () => {
    const page = await js.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${base}/diagnose/`, { waitUntil: 'networkidle' });
    expect(scripts.some((s) => s.includes('wizard-result-render'))).toBe(false);
    await choose(page, a('message', 'other'));
    await choose(page, a('when', 'network'));
    await expect.poll(() => headingText(page)).toBe(title('network-changes'));
    expect(scripts.some((s) => s.includes('wizard-result-render'))).toBe(true);
    await page.close();
  });
});

/** The parts of a result that do not depend on the visitor (JS-only parts and slots removed). */
function staticParts(section: Element): string[] {
  const copy = section.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('[data-nojs], [data-wizard-reasons], [data-wizard-summary]')) el.remove();
  return [...copy.querySelectorAll('h2, h3, p, li, a')].map((el) => `${el.tagName} ${el.getAttribute('href') ?? ''} ${el.textContent?.replace(/\s+/g, ' ').trim()}`);
}

describe('the same stories without JavaScript (plain links, one static page per step)', () => {
  it.each(STORIES.map((s) => [s.name, s] as const))('%s', async (_name, story) => {
    const { page } = await open(noJs, '/diagnose/');
    const seen = await walk(page, story, false);
    expect(seen).toHaveLength(story.answers.length + 1);
    expect(new URL(page.url()).pathname).toBe(`/diagnose/result/${story.result}/`);
    expect(await page.getByRole('link', { name: RESULT_COPY.fixLink }).getAttribute('href')).toBe(`/causes/${story.result}/#fix-it-now`);
    expect(await page.locator('.wizard-result').textContent()).toContain(RESULT_COPY.supportNoJs);
    expect(await page.getByRole('link', { name: RESULT_COPY.supportLink }).getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('shows the same questions and answers with and without JavaScript', async () => {
    const story = STORIES[4]!;
    const { page: withJs } = await open(js, '/diagnose/');
    const { page: without } = await open(noJs, '/diagnose/');
    for (const record of story.answers) {
      await expect.poll(() => headingText(withJs)).toBe(question(record.step));
      await expect.poll(() => headingText(without)).toBe(question(record.step));
      const links = (p: Page) => p.locator('.wizard-answers a').allTextContents();
      expect(await links(withJs)).toEqual(await links(without));
      await choose(withJs, record);
      await choose(without, record);
    }
  });
});

describe('history, sharing and changing answers', () => {
  const story = STORIES[1]!; // four questions, then cleared-cookies

  it('Back and Forward step through the answers', async () => {
    const { page, errors } = await open(js, '/diagnose/');
    await walk(page, story, true);
    await page.goBack();
    await expect.poll(() => headingText(page)).toBe(question('clears-on-close'));
    expect(await answeredTexts(page)).toEqual(story.answers.slice(0, 3).map(label));
    expect(pathAndQuery(page)).toBe(stepUrl('clears-on-close', story.answers.slice(0, 3)));
    expect(await focusedId(page)).toBe('wizard-heading');
    await page.goBack();
    await expect.poll(() => headingText(page)).toBe(question('private-window'));
    await page.goForward();
    await expect.poll(() => headingText(page)).toBe(question('clears-on-close'));
    await page.goForward();
    await expect.poll(() => headingText(page)).toBe(title('cleared-cookies'));
    expect(await answeredTexts(page)).toEqual(story.answers.map(label));
    expect(errors).toEqual([]);
  });

  it('an earlier answer can be changed, and the path goes on from there', async () => {
    const { page } = await open(js, '/diagnose/');
    await walk(page, story, true);
    await page.getByRole('link', { name: `${WIZARD_COPY.change}: ${question('private-window')}` }).click();
    await expect.poll(() => headingText(page)).toBe(question('private-window'));
    expect(await answeredTexts(page)).toEqual(story.answers.slice(0, 2).map(label));
    await choose(page, a('private-window', 'yes'));
    await expect.poll(() => headingText(page)).toBe(title('private-browsing'));
    expect(pathAndQuery(page)).toBe(stepUrl('private-browsing', [...story.answers.slice(0, 2), a('private-window', 'yes')]));
  });

  it('Start again clears the answers', async () => {
    const { page } = await open(js, '/diagnose/');
    await walk(page, STORIES[0]!, true);
    await page.getByRole('link', { name: WIZARD_PAGE_COPY.restart }).click();
    await expect.poll(() => headingText(page)).toBe(question(INITIAL_STEP));
    expect(await answeredTexts(page)).toEqual([]);
    expect(pathAndQuery(page)).toBe('/diagnose/');
    await page.goBack();
    await expect.poll(() => headingText(page)).toBe(title(STORIES[0]!.result));
  });

  it('a shared mid-way link restores the answers so far and carries on', async () => {
    const shared = stepUrl('idle-length', STORIES[0]!.answers.slice(0, 2));
    const { page, errors } = await open(js, shared);
    expect(await headingText(page)).toBe(question('idle-length'));
    expect(await answeredTexts(page)).toEqual(STORIES[0]!.answers.slice(0, 2).map(label));
    expect(await page.locator('.wizard-progress').textContent()).toContain(`Question 3 of at most ${2 + questionsLeft('idle-length')}`);
    await choose(page, STORIES[0]!.answers[2]!);
    await expect.poll(() => headingText(page)).toBe(title('inactivity-timeout'));
    expect(errors).toEqual([]);
    // The same link without JavaScript still opens the right question.
    const { page: plain } = await open(noJs, shared);
    expect(await headingText(plain)).toBe(question('idle-length'));
  });

  it('a shared result link shows why, and the summary to send to support', async () => {
    const story = STORIES[5]!;
    const { page } = await open(js, stepUrl(story.result, story.answers));
    expect(await headingText(page)).toBe(title(story.result));
    expect(await page.locator('.wizard-reasons li').count()).toBe(3);
    await page.getByRole('button', { name: WIZARD_COPY.copySummary }).click();
    await expect.poll(() => page.locator('[data-copy-summary]').textContent()).toBe(WIZARD_COPY.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Most likely cause: ${title(story.result)}`);
    expect(copied).toContain(`${question('hours-pattern')} ${label(story.answers[2]!)}`);
    expect(copied).toContain(`${base}${stepUrl(story.result, story.answers)}`);
    expect(await page.locator('#wizard-summary').inputValue()).toBe(copied);
  });
});

describe('damaged links: a notice and a fresh start, never a blank page', () => {
  it.each([
    ['/diagnose/vpn/?a=%25%25garbage%3C%3E', WIZARD_COPY.notices.unreadable],
    ['/diagnose/idle-length/?a=message:other,nowhere:yes', WIZARD_COPY.notices['unknown-step']],
    ['/diagnose/idle-length/?a=message:other,when:sometimes', WIZARD_COPY.notices['unknown-answer']],
    ['/diagnose/result/clock-skew/?a=message:other,when:away', WIZARD_COPY.notices['wrong-page']],
  ])('%s', async (path, notice) => {
    const { page, errors } = await open(js, path);
    const box = page.getByRole('alert');
    await expect.poll(() => box.textContent()).toBe(`${notice} ${WIZARD_COPY.noticeRestart}`);
    expect(await box.isVisible()).toBe(true);
    expect(await headingText(page)).toBe(question(INITIAL_STEP));
    expect(pathAndQuery(page)).toBe('/diagnose/');
    // Answering carries on normally and the notice goes away.
    await choose(page, a('message', 'other'));
    await expect.poll(() => headingText(page)).toBe(question('when'));
    expect(await box.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('an unknown step page is the helpful 404, which leads back to the wizard', async () => {
    const { page } = await open(js, '/diagnose/no-such-step/');
    expect(await page.locator('h1').textContent()).toContain('couldn’t find');
    await page.getByRole('link', { name: 'Diagnose my problem' }).last().click();
    await expect.poll(() => headingText(page)).toBe(question(INITIAL_STEP));
  });
});

describe('keyboard only', () => {
  /** Press Tab until the focused element has this text (or id), like a person tabbing through the page. */
  async function tabTo(page: Page, target: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => [document.activeElement?.textContent?.trim() ?? '', document.activeElement?.id ?? '']);
      if (focused.includes(target)) return;
    }
    throw new Error(`Tab never reached “${target}”`);
  }

  it('walks to a result with Tab and Enter; focus moves to each new question', async () => {
    const story = STORIES[2]!;
    const { page } = await open(js, '/diagnose/');
    for (const record of story.answers) {
      await tabTo(page, label(record));
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedId(page)).toBe('wizard-heading');
    }
    expect(await headingText(page)).toBe(title(story.result));
    await tabTo(page, WIZARD_COPY.copySummary);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(title(story.result));
  });

  it('the skip link still skips to the content (an anchor jump is not a new step)', async () => {
    const { page } = await open(js, stepUrl('idle-length', STORIES[0]!.answers.slice(0, 2)));
    // A mark on the drawn question: it survives only if the wizard does not redraw.
    await heading(page).evaluate((h) => h.setAttribute('data-test-mark', 'drawn-once'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('main');
    await page.goBack(); // back to the same step without #main
    expect(new URL(page.url()).hash).toBe('');
    expect(await heading(page).getAttribute('data-test-mark')).toBe('drawn-once');
    expect(await headingText(page)).toBe(question('idle-length'));
    expect(await answeredTexts(page)).toHaveLength(2);
  });

  it('the pasted message box works from the keyboard', async () => {
    const { page } = await open(js, '/diagnose/');
    await tabTo(page, 'wizard-paste-text');
    await page.keyboard.type('Your authentication token has expired. Please try signing in again.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => headingText(page)).toBe(question('clock'));
    expect(await answeredTexts(page)).toEqual([label(a('message', 'token-expired'))]);
    await expect.poll(() => focusedId(page)).toBe('wizard-heading');
  });
});

describe('live check results (the hook the checks runner uses)', () => {
  const send = (page: Page, detail: unknown) =>
    page.evaluate((d) => document.dispatchEvent(new CustomEvent('shc:check-result', { detail: d })), detail);
  const privateWindow = { id: 'private-mode', status: 'warning', summary: 'This is likely a private window.', detail: 'Timing heuristic.', causes: ['private-browsing'] };

  it('turns a settled question into “We detected … Is that right?”, keeping focus', async () => {
    const before = [a('message', 'other'), a('when', 'reopen')];
    const { page, errors } = await open(js, stepUrl('private-window', before));
    await page.getByRole('link', { name: label(a('private-window', 'no')), exact: true }).focus();
    await send(page, { nonsense: true }); // ignored
    await send(page, privateWindow);
    await expect.poll(() => headingText(page)).toBe(WIZARD_COPY.detected('this is likely a private or incognito window'));
    expect(await page.locator('.wizard-detected-by').textContent()).toContain(privateWindow.summary);
    const first = page.locator('.wizard-answers a').first();
    expect(await first.textContent()).toBe(`${label(a('private-window', 'yes'))} (${WIZARD_COPY.detectedAnswer})`);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.answer)).toBe('no');
    await first.click();
    await expect.poll(() => headingText(page)).toBe(title('private-browsing'));
    const reasons = await page.locator('.wizard-reasons li').allTextContents();
    expect(reasons).toContain(`You use a private window, which forgets your sign-in when it closes. (${WIZARD_COPY.checkAgrees})`);
    expect(reasons).toContain(`${WIZARD_COPY.checkFound} ${privateWindow.summary}`);
    expect(errors).toEqual([]);
  });

  it('a check pointing elsewhere is offered on the result page', async () => {
    const story = STORIES[0]!;
    const { page } = await open(js, stepUrl(story.result, story.answers));
    await send(page, { id: 'clock', status: 'problem', summary: 'Your clock is 4 minutes fast.', detail: 'Compared with the server.', causes: ['clock-skew'] });
    const elsewhere = page.locator('.wizard-elsewhere a');
    await expect.poll(() => elsewhere.textContent()).toBe('Your clock is 4 minutes fast.');
    expect(await elsewhere.getAttribute('href')).toBe('/causes/clock-skew/');
  });
});

describe('accessibility (axe-core)', () => {
  const violations = axeViolations;

  it('finds nothing on a question with answers so far, and on a result reached in place', async () => {
    const story = STORIES[1]!;
    const { page } = await open(js, stepUrl('private-window', story.answers.slice(0, 2)));
    expect(await violations(page)).toEqual([]);
    await choose(page, story.answers[2]!);
    await choose(page, story.answers[3]!);
    await expect.poll(() => headingText(page)).toBe(title(story.result));
    expect(await violations(page)).toEqual([]);
  });

  it('finds nothing on the static pages without JavaScript', async () => {
    for (const path of ['/diagnose/status/', '/diagnose/result/unclear/']) {
      // axe needs script, so block only the wizard's own script to see the page as it is without it.
      const ctx = await browser.newContext();
      await ctx.route(/WizardPage.*\.js$/, (r) => r.abort());
      const p = await ctx.newPage();
      await p.goto(`${base}${path}`);
      expect(await violations(p), path).toEqual([]);
      await ctx.close();
    }
  });
});

describe('live checks in the wizard', () => {
  it('start on their own when the wizard opens and pre-answer the question they settle', async () => {
    // A plain Playwright context is off-the-record, like an incognito window: the private-mode
    // check finds that for real, and the wizard asks "We detected …, correct?" instead.
    const context = await browser.newContext();
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 503, body: '' }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}${stepUrl('private-window', [a('message', 'session-expired'), a('when', 'reopen')])}`);
    await expect.poll(() => headingText(page), { timeout: 10_000 }).toMatch(/^We detected that this is likely a private or incognito window/);
    // The visitor still decides: the answers are all there.
    await page.getByRole('link', { name: label(a('private-window', 'yes')) }).click();
    await expect.poll(() => headingText(page)).toBe(title('private-browsing'));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the wizard’s report for support', () => {
  it('the copied summary carries a /report/ link that shows the answers and the result in words', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 503, body: '' }));
    const page = await context.newPage();
    const answers = [a('message', 'session-expired'), a('when', 'reopen'), a('private-window', 'no'), a('clears-on-close', 'yes')];
    await page.goto(`${base}${stepUrl('cleared-cookies', answers)}`);
    // The live checks started by the page add their lines to the summary as they finish: copy
    // once it has stopped changing, so the copy and the page describe the same checks.
    const summaryNow = () => page.locator('#wizard-summary').inputValue();
    let before = '';
    await expect.poll(async () => {
      const now = await summaryNow();
      const settled = now === before && now.includes('clock:');
      before = now;
      return settled;
    }, { interval: 500, timeout: 10_000 }).toBe(true);
    await page.getByRole('button', { name: /Copy a summary/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/report\/#1\./);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(await page.locator('#wizard-summary').inputValue()).toBe(copied); // what is shown is what is copied
    const link = /(http:\/\/\S+\/report\/#\S+)/.exec(copied)![1]!;
    await page.goto(link);
    const report = page.locator('[data-report]');
    await expect.poll(() => report.textContent()).toContain(question('clears-on-close'));
    const text = (await report.textContent()) ?? '';
    expect(text).toContain(label(a('clears-on-close', 'yes')));
    expect(text).toContain(`Wizard result: ${title('cleared-cookies')}`);
    await context.close();
  });
});
