/**
 * The diagnosis wizard in real Chromium, walked the way visitors walk it: by clicking answers
 * (with JavaScript, and again without), with Back and Forward, a shared link, a damaged link, the
 * keyboard alone, and live check results arriving while a question is open.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { answerForeignOriginsLocally, browserForFile, profilesForFile } from '../helpers/chromium';
import { AIMED, aimStatusAt, statusServerForFile } from '../helpers/status-server';
import { WIZARD_STORIES } from '../fixtures/wizard-stories';
import { site } from '../../src/config/site';
import { WIZARD_COPY, WIZARD_PAGE_COPY } from '../../src/wizard/copy';
import { RESULT_COPY } from '../../src/wizard/result-view';
import { stepUrl } from '../../src/wizard/path';
import { reasonOf } from '../../src/wizard/reasons';
import { NOTICE_COPY } from '../../src/wizard/notices';
import { INITIAL_STEP, questionMeta, questionsLeft } from '../../src/wizard/steps';
import { outcomeTitle } from '../../src/wizard/outcome-title';
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
const computer = [a('where', 'computer'), a('message', 'session-expired')];

/** Behaviour walks (the wide table of people is test/site/wizard-stories.browser.test.ts). */
const STORIES: Story[] = [
  {
    name: 'idle at lunch: came back to a signed-out tab',
    answers: [...computer, a('when', 'away'), a('away-what', 'stayed')],
    result: 'inactivity-timeout',
  },
  {
    name: 'cookies cleared on close: signed out every morning',
    answers: [
      a('where', 'computer'),
      a('message', 'not-sure'),
      a('when', 'reopen'),
      a('private-window', 'no'),
      a('clears-on-close', 'yes'),
    ],
    result: 'cleared-cookies',
  },
  {
    name: 'private window: asked again every time',
    answers: [...computer, a('when', 'reopen'), a('private-window', 'yes')],
    result: 'private-browsing',
  },
  { name: 'VPN toggling: kicked out after switching networks', answers: [...computer, a('when', 'network')], result: 'network-changes' },
  {
    name: 'work account: out after the same hours every day',
    answers: [...computer, a('when', 'hours'), a('work-account', 'yes')],
    result: 'login-time-limit',
  },
  {
    name: 'token message on a laptop with a wrong clock',
    answers: [a('where', 'computer'), a('message', 'token-expired'), a('clock', 'wrong')],
    result: 'clock-skew',
  },
];

const label = (r: AnswerRecord): string => questionMeta(r.step)!.answers.find((x) => x.id === r.answer)!.label;
const says = (r: AnswerRecord): string => reasonOf(r.step, r.answer);
const question = (step: string): string => questionMeta(step)!.question;
const title = (result: string): string => outcomeTitle(result);
const resultHeading = (result: string): string => `${RESULT_COPY.kicker.cause}: ${title(result)}`;

const browser = browserForFile();
let js: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
  js = await browser().newContext();
  // The stories answer every question themselves: keep this machine's real check results (its
  // clock, its off-the-record context) out of them by not loading the checks runner. The live
  // checks' effect on the wizard is tested below, in "live checks in the wizard".
  await js.route(/\/_astro\/checks-core\.[\w-]+\.js$/, (route) => route.abort());
  await js.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  noJs = await browser().newContext({ javaScriptEnabled: false });
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
async function walk(page: Page, story: Story): Promise<string[]> {
  const seen: string[] = [];
  for (const [i, record] of story.answers.entries()) {
    await expect.poll(() => headingText(page)).toBe(question(record.step));
    seen.push(question(record.step));
    expect(await answeredTexts(page)).toEqual(story.answers.slice(0, i).map(label));
    await choose(page, record);
    // With and without JavaScript, each step's address is the answer path's own page.
    await expect.poll(() => pathAndQuery(page)).toBe(stepUrl(story.result, story.answers.slice(0, i + 1)));
  }
  await expect.poll(() => headingText(page)).toBe(resultHeading(story.result));
  seen.push(title(story.result));
  return seen;
}

/** The parts of a result that do not depend on JavaScript (the summary box and the no-JS hint removed). */
function staticParts(section: Element): string[] {
  const copy = section.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('[data-nojs], [data-wizard-summary]')) el.remove();
  return [...copy.querySelectorAll('h2, h3, p, li, a')].map(
    (el) => `${el.tagName} ${el.getAttribute('href') ?? ''} ${el.textContent?.replace(/\s+/g, ' ').trim()}`,
  );
}

describe('visitor walks, with JavaScript (the page changes in place)', () => {
  it.each(STORIES.map((s) => [s.name, s] as const))('%s', async (_name, story) => {
    const { page, errors } = await open(js, '/diagnose/');
    // A mark on this document: it survives only if no step loads a new page.
    await page.evaluate(() => document.documentElement.setAttribute('data-test-mark', 'same-document'));
    await walk(page, story);
    expect(await page.locator('html').getAttribute('data-test-mark'), 'every step is drawn in place').toBe('same-document');
    // Focus is on the result heading, which announces it; nothing else announces it again.
    expect(await focusedId(page)).toBe('wizard-heading');
    expect((await page.locator('[data-wizard-live]').textContent())?.trim()).toBe('');
    expect(await answeredTexts(page)).toEqual(story.answers.map(label));
    // Why: the visitor's own answers, in words.
    expect(await page.locator('.wizard-reasons li').allTextContents()).toEqual(story.answers.map(says).filter(Boolean));
    const fix = page.getByRole('link', { name: RESULT_COPY.fixLink });
    expect(await fix.getAttribute('href')).toBe(`/causes/${story.result}/#fix-it-now`);
    expect((await page.locator('.wizard-result h3').allTextContents()).slice(0, 2)).toEqual([RESULT_COPY.fix, RESULT_COPY.why]);
    expect(await page.title()).toContain(title(story.result));
    expect(errors).toEqual([]);
  });

  it('the fix link opens the article at “Fix it now”', async () => {
    const { page } = await open(js, '/diagnose/');
    await walk(page, STORIES[0]!);
    await page.getByRole('link', { name: RESULT_COPY.fixLink }).click();
    await page.waitForURL(`${base}/causes/inactivity-timeout/#fix-it-now`);
    expect(await page.locator('#fix-it-now').textContent()).toContain('Fix it now');
  });

  it('draws a result in place exactly like the static page of the same answers', async () => {
    for (const story of [STORIES[3]!, STORIES[1]!]) {
      const { page } = await open(js, '/diagnose/');
      await walk(page, story);
      const inPlace = await page.locator('.wizard-result').evaluate(staticParts);
      const { page: direct } = await open(noJs, stepUrl(story.result, story.answers));
      expect(await direct.locator('.wizard-result').evaluate(staticParts)).toEqual(inPlace);
    }
  });

  it('loads the result words only once the visitor starts answering', async () => {
    const page = await js.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${base}/diagnose/`, { waitUntil: 'networkidle' });
    expect(scripts.some((s) => s.includes('wizard-result-render'))).toBe(false);
    for (const r of STORIES[3]!.answers) await choose(page, r);
    await expect.poll(() => headingText(page)).toBe(resultHeading('network-changes'));
    expect(scripts.some((s) => s.includes('wizard-result-render'))).toBe(true);
    await page.close();
  });
});

describe('the same walks without JavaScript (one static page per answer path)', () => {
  it.each(STORIES.map((s) => [s.name, s] as const))('%s', async (_name, story) => {
    const { page } = await open(noJs, '/diagnose/');
    const seen = await walk(page, story);
    expect(seen).toHaveLength(story.answers.length + 1);
    // The same reasons as with JavaScript: this path's own answers.
    expect(await page.locator('.wizard-reasons li').allTextContents()).toEqual(story.answers.map(says).filter(Boolean));
    expect(await page.getByRole('link', { name: RESULT_COPY.fixLink }).getAttribute('href')).toBe(`/causes/${story.result}/#fix-it-now`);
    expect(await page.locator('.wizard-result').textContent()).toContain(RESULT_COPY.supportNoJs);
    expect(await page.getByRole('link', { name: RESULT_COPY.supportLink }).getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('shows the same questions and answers with and without JavaScript', async () => {
    const story = STORIES[1]!;
    const { page: withJs } = await open(js, '/diagnose/');
    const { page: without } = await open(noJs, '/diagnose/');
    for (const record of story.answers) {
      await expect.poll(() => headingText(withJs)).toBe(question(record.step));
      await expect.poll(() => headingText(without)).toBe(question(record.step));
      const links = (p: Page) =>
        p.locator('.wizard-answers a').evaluateAll((els) => els.map((e) => `${e.textContent} ${e.getAttribute('href')}`));
      expect(await links(withJs)).toEqual(await links(without));
      await choose(withJs, record);
      await choose(without, record);
    }
  });
});

describe('history, sharing and changing answers', () => {
  const story = STORIES[1]!; // five questions, then cleared-cookies

  it('Back and Forward step through the answers', async () => {
    const { page, errors } = await open(js, '/diagnose/');
    await walk(page, story);
    await page.goBack();
    await expect.poll(() => headingText(page)).toBe(question('clears-on-close'));
    expect(await answeredTexts(page)).toEqual(story.answers.slice(0, 4).map(label));
    expect(pathAndQuery(page)).toBe(stepUrl('clears-on-close', story.answers.slice(0, 4)));
    expect(await focusedId(page)).toBe('wizard-heading');
    await page.goBack();
    await expect.poll(() => headingText(page)).toBe(question('private-window'));
    await page.goForward();
    await expect.poll(() => headingText(page)).toBe(question('clears-on-close'));
    await page.goForward();
    await expect.poll(() => headingText(page)).toBe(resultHeading('cleared-cookies'));
    expect(await answeredTexts(page)).toEqual(story.answers.map(label));
    expect(errors).toEqual([]);
  });

  it('an earlier answer can be changed, and the path goes on from there', async () => {
    const { page } = await open(js, '/diagnose/');
    await walk(page, story);
    await page.locator('.wizard-answered summary').click();
    await page.getByRole('link', { name: `${WIZARD_COPY.change}: ${question('private-window')}` }).click();
    await expect.poll(() => headingText(page)).toBe(question('private-window'));
    expect(await answeredTexts(page)).toEqual(story.answers.slice(0, 3).map(label));
    await choose(page, a('private-window', 'yes'));
    await expect.poll(() => headingText(page)).toBe(resultHeading('private-browsing'));
    expect(pathAndQuery(page)).toBe(stepUrl('private-browsing', [...story.answers.slice(0, 3), a('private-window', 'yes')]));
  });

  it('Start again clears the answers', async () => {
    const { page } = await open(js, '/diagnose/');
    await walk(page, STORIES[0]!);
    await page.getByRole('link', { name: WIZARD_PAGE_COPY.restart }).click();
    await expect.poll(() => headingText(page)).toBe(question(INITIAL_STEP));
    expect(await answeredTexts(page)).toEqual([]);
    expect(pathAndQuery(page)).toBe('/diagnose/');
    await page.goBack();
    await expect.poll(() => headingText(page)).toBe(resultHeading(STORIES[0]!.result));
  });

  it('a shared mid-way link restores the answers so far and carries on, with or without JavaScript', async () => {
    const before = STORIES[0]!.answers.slice(0, 3);
    const shared = stepUrl('away-what', before);
    const { page, errors } = await open(js, shared);
    expect(await headingText(page)).toBe(question('away-what'));
    expect(await answeredTexts(page)).toEqual(before.map(label));
    expect(await page.locator('.wizard-progress').textContent()).toContain(`Question 4, the last one`);
    expect(questionsLeft('away-what', before)).toBe(1);
    await choose(page, STORIES[0]!.answers[3]!);
    await expect.poll(() => headingText(page)).toBe(resultHeading('inactivity-timeout'));
    expect(errors).toEqual([]);
    const { page: plain } = await open(noJs, shared);
    expect(await headingText(plain)).toBe(question('away-what'));
    expect(await answeredTexts(plain)).toEqual(before.map(label));
  });

  it('an older link with answers in the query still opens, at the answer path’s address', async () => {
    const { page, errors } = await open(js, '/diagnose/result/clock-skew/?a=message:token-expired,clock:wrong');
    await expect.poll(() => headingText(page)).toBe(resultHeading('clock-skew'));
    expect(pathAndQuery(page)).toBe('/diagnose/message=token-expired/clock=wrong/');
    expect(errors).toEqual([]);
  });

  it('a shared result link shows why, and the summary to send to support', async () => {
    const story = STORIES[4]!;
    const { page } = await open(js, stepUrl(story.result, story.answers));
    expect(await headingText(page)).toBe(resultHeading(story.result));
    expect(await page.locator('.wizard-reasons li').allTextContents()).toEqual(story.answers.map(says).filter(Boolean));
    await page.getByRole('button', { name: WIZARD_COPY.copySummary }).click();
    await expect.poll(() => page.locator('[data-copy-summary]').textContent()).toBe(RESULT_COPY.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Most likely cause: ${title(story.result)}`);
    expect(copied).toContain(`${question('work-account')} ${label(story.answers[3]!)}`);
    expect(copied).toContain(`${base}${stepUrl(story.result, story.answers)}`);
    expect(await page.locator('#wizard-summary').inputValue()).toBe(copied);
  });
});

describe('damaged links: a notice and a fresh start, never a blank page', () => {
  it.each([
    ['/diagnose/when/?a=%25%25garbage%3C%3E', NOTICE_COPY.problems.unreadable],
    ['/diagnose/when/?a=where:computer,nowhere:yes', NOTICE_COPY.problems['unknown-step']],
    ['/diagnose/when/?a=where:sometimes', NOTICE_COPY.problems['unknown-answer']],
    ['/diagnose/result/clock-skew/?a=where:computer,when:away', NOTICE_COPY.problems['wrong-page']],
  ])('%s', async (path, notice) => {
    const { page, errors } = await open(js, path);
    const box = page.getByRole('alert');
    await expect.poll(() => box.textContent()).toBe(`${notice} ${NOTICE_COPY.restart}`);
    expect(await box.isVisible()).toBe(true);
    expect(await headingText(page)).toBe(question(INITIAL_STEP));
    expect(pathAndQuery(page)).toBe('/diagnose/');
    // Answering carries on normally and the notice goes away.
    await choose(page, a('where', 'computer'));
    await expect.poll(() => headingText(page)).toBe(question('message'));
    expect(await box.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it.each(['/diagnose/no-such-step/', '/diagnose/where=computer/message=sessio/'])(
    '%s is the helpful 404, which leads back to the wizard',
    async (path) => {
      const { page } = await open(js, path);
      expect(await page.locator('h1').textContent()).toContain('couldn’t find');
      await page.getByRole('link', { name: 'Diagnose my problem' }).last().click();
      await expect.poll(() => headingText(page)).toBe(question(INITIAL_STEP));
    },
  );
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
    expect(await headingText(page)).toBe(resultHeading(story.result));
    await tabTo(page, WIZARD_COPY.copySummary);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(title(story.result));
  });

  it('the skip link still skips to the content (an anchor jump is not a new step)', async () => {
    const { page } = await open(js, stepUrl('away-what', STORIES[0]!.answers.slice(0, 3)));
    // A mark on the drawn question: it survives only if the wizard does not redraw.
    await heading(page).evaluate((h) => h.setAttribute('data-test-mark', 'drawn-once'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('main');
    await page.goBack(); // back to the same step without #main
    expect(new URL(page.url()).hash).toBe('');
    expect(await heading(page).getAttribute('data-test-mark')).toBe('drawn-once');
    expect(await headingText(page)).toBe(question('away-what'));
    expect(await answeredTexts(page)).toHaveLength(3);
  });

  it('the pasted message box works from the keyboard', async () => {
    const { page } = await open(js, stepUrl('message', [a('where', 'computer')]));
    await tabTo(page, 'wizard-paste-text');
    await page.keyboard.type('Your authentication token has expired. Please try signing in again.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => headingText(page)).toBe(question('clock'));
    expect(await answeredTexts(page)).toEqual([label(a('where', 'computer')), label(a('message', 'token-expired'))]);
    await expect.poll(() => focusedId(page)).toBe('wizard-heading');
  });
});

describe('live findings (the hook the checks runner uses)', () => {
  const send = (page: Page, detail: unknown) =>
    page.evaluate((d) => document.dispatchEvent(new CustomEvent('shc:check-result', { detail: d })), detail);
  const privateWindow = {
    id: 'private-mode',
    status: 'warning',
    summary: 'This is likely a private window.',
    detail: 'Timing heuristic.',
    causes: ['private-browsing'],
  };
  const incident = {
    id: 'service-status',
    status: 'problem',
    summary: 'ChatGPT reports an incident right now.',
    detail: 'From the status page.',
    causes: ['server-maintenance'],
  };

  it('turn a settled question into a plain confirmation, keeping focus', async () => {
    const before = [...STORIES[2]!.answers.slice(0, 3)];
    const { page, errors } = await open(js, stepUrl('private-window', before));
    await page.getByRole('link', { name: label(a('private-window', 'no')), exact: true }).focus();
    await send(page, { nonsense: true }); // ignored
    await send(page, privateWindow);
    await expect.poll(() => headingText(page)).toBe(WIZARD_COPY.confirm('this is likely a private or incognito window'));
    expect(await page.locator('.wizard-found').textContent()).toContain(privateWindow.summary);
    expect(await page.locator('.wizard-answers a').allTextContents()).toEqual([WIZARD_COPY.yesRight, WIZARD_COPY.noWrong]);
    // Focus stays on the answer the visitor was on ("No, a normal window" is now "No, that's wrong").
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.answer)).toBe('no');
    await page.getByRole('link', { name: WIZARD_COPY.yesRight }).click();
    await expect.poll(() => headingText(page)).toBe(resultHeading('private-browsing'));
    const reasons = await page.locator('.wizard-reasons li').allTextContents();
    expect(reasons).toContain(`${says(a('private-window', 'yes'))} (the live check agrees)`);
    expect(errors).toEqual([]);
  });

  it('“No, that’s wrong” overrules the finding, and the result says so', async () => {
    const before = [...STORIES[2]!.answers.slice(0, 3)];
    const { page } = await open(js, stepUrl('private-window', before));
    await send(page, privateWindow);
    await page.getByRole('link', { name: WIZARD_COPY.noWrong }).click();
    await expect.poll(() => headingText(page)).toBe(question('clears-on-close'));
    await choose(page, a('clears-on-close', 'yes'));
    await expect.poll(() => headingText(page)).toBe(resultHeading('cleared-cookies'));
    expect(await page.locator('.wizard-overruled li').allTextContents()).toEqual([
      `You told us this was wrong, so we left it out: “${privateWindow.summary}”`,
    ]);
  });

  it('an incident found after the result is shown is never overruled by “I can’t tell”', async () => {
    const answers = [
      ...computer,
      a('when', 'active'),
      a('this-browser', 'everywhere'),
      a('status', 'not-sure'),
      a('account-change', 'not-sure'),
    ];
    const { page } = await open(js, stepUrl('unclear', answers));
    const staticTop = await headingText(page);
    expect(staticTop).not.toBe(resultHeading('server-maintenance'));
    await send(page, incident);
    await expect.poll(() => headingText(page)).toBe(resultHeading('server-maintenance'));
    expect(await page.locator('.wizard-reasons li').allTextContents()).toContain(`The live check found: ${incident.summary}`);
    // The answer path and its address stay the same: only the evidence changed.
    expect(pathAndQuery(page)).toBe(stepUrl('unclear', answers));
    expect(await page.locator('.wizard-also a').allTextContents()).toContain(staticTop!.replace(/^[^:]+: /, ''));
  });
});

describe('accessibility (axe-core)', () => {
  const violations = axeViolations;

  it('finds nothing on a question with answers so far, and on a result reached in place', async () => {
    const story = STORIES[1]!;
    const { page } = await open(js, stepUrl('private-window', story.answers.slice(0, 3)));
    expect(await violations(page)).toEqual([]);
    await page.locator('.wizard-answered summary').click();
    expect(await violations(page)).toEqual([]);
    await choose(page, story.answers[3]!);
    await choose(page, story.answers[4]!);
    await expect.poll(() => headingText(page)).toBe(resultHeading(story.result));
    expect(await violations(page)).toEqual([]);
  });

  it('finds nothing on the static pages without JavaScript', async () => {
    for (const path of ['/diagnose/status/', '/diagnose/result/unclear/', stepUrl('x', STORIES[1]!.answers)]) {
      // axe needs script, so block only the wizard's own script to see the page as it is without it.
      const ctx = await browser().newContext();
      await ctx.route(/WizardPage.*\.js$/, (r) => r.abort());
      const p = await ctx.newPage();
      await p.goto(`${base}${path}`);
      expect(await violations(p), path).toEqual([]);
      await ctx.close();
    }
  });
});

describe('live checks in the wizard', () => {
  it('start on their own when the wizard opens and ask a settled question as a confirmation', async () => {
    // A plain Playwright context is off-the-record, like an incognito window: the private-mode
    // check finds that for real, and the wizard asks "We found that …, is that right?" instead.
    const context = await browser().newContext();
    await answerForeignOriginsLocally(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}${stepUrl('private-window', STORIES[2]!.answers.slice(0, 3))}`);
    await expect.poll(() => headingText(page), { timeout: 10_000 }).toMatch(/^We found that this is likely a private or incognito window/);
    await page.getByRole('link', { name: WIZARD_COPY.yesRight }).click();
    await expect.poll(() => headingText(page)).toBe(resultHeading('private-browsing'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reuse what /check/ found earlier on this device (the restart test)', async () => {
    const context = await browser().newContext();
    await answerForeignOriginsLocally(context);
    const page = await context.newPage();
    await page.goto(`${base}/check/`);
    // What /check/ saves after a return visit that found the data gone (src/checks/saved.ts).
    await page.evaluate(
      (ua) => {
        const result = {
          id: 'persistence',
          status: 'problem',
          summary: 'This browser deleted this site’s data when it closed.',
          detail: 'The marker was gone.',
          causes: ['cleared-cookies'],
        };
        localStorage.setItem('shc.check-results.v1', JSON.stringify({ persistence: { at: Date.now(), browser: ua, result } }));
      },
      await page.evaluate(() => navigator.userAgent),
    );
    await page.goto(`${base}${stepUrl('clears-on-close', [...STORIES[1]!.answers.slice(0, 4)])}`);
    await expect
      .poll(() => headingText(page), { timeout: 10_000 })
      .toBe(WIZARD_COPY.confirm('this browser deleted this site’s data when it last closed'));
    await context.close();
  });
});

describe('the wizard’s report for support', () => {
  it('the copied summary says which browser, in words, and carries a /report/ link that shows the answers, result and browser in words', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await answerForeignOriginsLocally(context);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    const answers = STORIES[1]!.answers;
    await page.goto(`${base}${stepUrl('cleared-cookies', answers)}`);
    // Copy once the page's live checks have finished, so the copy and the page describe the same checks.
    await page.locator('[data-wizard][data-checks-done]').waitFor({ timeout: 10_000 });
    // The browser parser is loaded for the copy only (this fresh browser has no saved /check/ result).
    const bowser = (urls: string[]) => urls.filter((u) => /\/_astro\/bowser\.[\w-]+\.js$/.test(u));
    expect(bowser(scripts)).toEqual([]);
    await page.evaluate(() => navigator.clipboard.writeText('')); // the clipboard is the whole browser's: start from nothing
    await page.getByRole('button', { name: WIZARD_COPY.copySummary }).click();
    await expect.poll(() => page.locator('[data-copy-summary]').textContent()).toBe(RESULT_COPY.copied);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/report\/#2\./);
    expect(bowser(scripts)).toHaveLength(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(await page.locator('#wizard-summary').inputValue()).toBe(copied); // what is shown is what is copied
    const ua = await page.evaluate(() => navigator.userAgent);
    const chrome = /Chrome\/([\d.]+)/.exec(ua)![1]!;
    expect(copied).toMatch(new RegExp(`^Browser: Chrome ${chrome.replace(/\./g, '\\.')} on Linux$`, 'm'));
    // Words, not ids: only the two links carry ids.
    const words = copied.split('\n').filter((line) => !line.startsWith('Link: ') && !line.startsWith(RESULT_COPY.reportLink));
    expect(words.join('\n')).not.toMatch(
      /clears-on-close|cleared-cookies|private-window|private-mode|service-status|: (ok|unknown|problem|warning)\b/,
    );
    expect(words.join('\n')).toContain(`${question('clears-on-close')} ${label(a('clears-on-close', 'yes'))}`);
    const link = /(http:\/\/\S+\/report\/#\S+)/.exec(copied)![1]!;
    await page.goto(link);
    const report = page.locator('[data-report]');
    await expect.poll(() => report.textContent()).toContain(question('clears-on-close'));
    const text = (await report.textContent()) ?? '';
    expect(text).toContain(label(a('clears-on-close', 'yes')));
    expect(text).toContain(`Wizard result: ${title('cleared-cookies')}`);
    expect(text).toContain(`Browser: Chrome ${chrome} on Linux`);
    await context.close();
  });
});

describe('the wizard with the real status check, as a new visitor during an outage', () => {
  // A normal window (an on-disk profile) that reaches the local status server at the real status
  // origin (test/helpers/status-server.ts), under the site's real CSP.
  const status = statusServerForFile();
  const profiles = profilesForFile(() => ({ ...AIMED, args: [...status().chromiumArgs] }));
  const stepOf = async (page: Page): Promise<string> => (await page.locator('[data-wizard]').getAttribute('data-step')) ?? '';
  const firstPage = async (context: BrowserContext): Promise<Page> => context.pages()[0] ?? context.newPage();

  it('asks to confirm the incident it found, and ends on the outage', async () => {
    const context = await profiles.open(profiles.dir());
    await aimStatusAt(context, status(), 'widget-full-outage');
    const page = await firstPage(context);
    await page.goto(`${base}/diagnose/`);
    await page.locator('[data-wizard][data-checks-done]').waitFor({ timeout: 10_000 });
    const story = WIZARD_STORIES.find((s) => s.id === 'kicked-out-mid-sentence')!;
    const confirmations: string[] = [];
    for (let step = await stepOf(page); questionMeta(step); step = await stepOf(page)) {
      const meta = questionMeta(step)!;
      const heading = (await page.locator('#wizard-heading').textContent())?.trim() ?? '';
      const confirming = heading !== meta.question;
      if (confirming) confirmations.push(heading);
      await page
        .getByRole('link', {
          name: confirming ? WIZARD_COPY.yesRight : meta.answers.find((a) => a.id === story.answers[step]![0])!.label,
          exact: true,
        })
        .click();
      await expect.poll(() => stepOf(page).then((s) => s !== step)).toBe(true);
    }
    expect(confirmations).toContain(
      WIZARD_COPY.confirm(`the status page reports an incident or maintenance that may affect ${site.product.name}`),
    );
    expect(await stepOf(page)).toBe(story.cause);
    await context.close();
  });
});
