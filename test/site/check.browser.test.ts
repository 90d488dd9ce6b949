/**
 * The live checks on /check/, in real Chromium under the real conditions: a normal on-disk
 * profile, a profile that blocks cookies, an incognito window, going offline, a shifted clock, a
 * blocked bait script, a browser restart, and a local status API (its own origin, real CORS)
 * answering in every way a status provider can. What a shared link shows: report.browser.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { axeViolations } from '../helpers/axe';
import { browserForFile, profilesForFile } from '../helpers/chromium';
import { AIMED, aimStatusAt, statusServerForFile, type StatusVariant } from '../helpers/status-server';
import { STATUS_FEED_NAMES, STATUS_FEEDS } from '../fixtures/status/feeds';
import { BLOCKER_BAIT, CHECK_IDS, CHECK_INFO } from '../../src/config/checks';
import { site } from '../../src/config/site';
import { questionMeta } from '../../src/wizard/steps';
import { outcomeTitle } from '../../src/wizard/outcome-title';
import { STATUS_WORDS } from '../../src/report/status-words';

const base = inject('baseURL');
const TIME_LIMIT = site.thresholds.checkTimeoutMs;
type Statuses = Record<string, string>;

/**
 * Contexts here reach the local status server at the real status origin (test/helpers/
 * status-server.ts maps the host and serves a self-signed certificate).
 */
const status = statusServerForFile();
const browser = browserForFile(() => ({ args: [...status().chromiumArgs] }));
const profiles = profilesForFile(() => ({ ...AIMED, args: [...status().chromiumArgs] }));
/** condition → check → status, printed as the measured table at the end. */
const matrix: Record<string, Statuses> = {};
const timings: Record<string, number> = {};

afterAll(async () => {
  const rows = Object.entries(matrix).map(([condition, s]) => `| ${condition} | ${CHECK_IDS.map((id) => s[id] ?? '').join(' | ')} |`);
  const table = [`| condition | ${CHECK_IDS.join(' | ')} |`, `|${' --- |'.repeat(CHECK_IDS.length + 1)}`, ...rows].join('\n');
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/checks-matrix.md', `${table}\n\nRun times (ms): ${JSON.stringify(timings)}\n`);
  console.log(`\nLive checks measured in Chromium:\n${table}\nRun times (ms): ${JSON.stringify(timings)}`);
});

const cookieSetting = (value: 1 | 2 | 4) => ({ profile: { default_content_setting_values: { cookies: value } } });

/** Wait until every check has a status and the run is over; return check → status. */
async function results(page: Page, timeout = 10_000): Promise<Statuses> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('li[data-check][data-status]').length === n &&
      document.querySelector('[data-check-list]')?.getAttribute('aria-busy') === 'false',
    CHECK_IDS.length,
    { timeout },
  );
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll<HTMLElement>('li[data-check]')].map((el) => [el.dataset.check!, el.dataset.status!])),
  );
}

const summaryOf = (page: Page, id: string) => page.locator(`li[data-check="${id}"] .check-summary`).textContent();
const runMs = async (page: Page) => Number(await page.locator('[data-check-list]').getAttribute('data-run-ms'));

async function checkAgain(page: Page): Promise<Statuses> {
  await page.getByRole('button', { name: 'Check again' }).click();
  return results(page);
}

async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? context.newPage();
}

describe('a normal on-disk profile', () => {
  it('runs every check within the limit, finds nothing wrong, and contacts no one but the status API', async () => {
    const context = await profiles.open(profiles.dir());
    await aimStatusAt(context, status(), 'all-good');
    const requested: string[] = [];
    context.on('request', (r) => requested.push(r.url()));
    const page = await firstPage(context);
    await page.goto(`${base}/check/`);
    const s = await results(page);
    matrix['normal on-disk profile'] = s;
    timings['normal profile, all checks'] = await runMs(page);
    for (const id of CHECK_IDS)
      timings[`normal profile: ${id} done at`] = Number(await page.locator(`li[data-check="${id}"]`).getAttribute('data-ms'));
    expect(s).toEqual({
      cookies: 'ok',
      storage: 'ok',
      'private-mode': 'ok',
      clock: 'ok',
      network: 'ok',
      blockers: 'ok',
      browser: 'ok',
      'service-status': 'ok',
      persistence: 'unknown', // step 1 of 2: needs a restart
    });
    expect(await runMs(page)).toBeLessThan(TIME_LIMIT + 500);
    expect(await page.locator('[data-js-off]').count()).toBe(0); // the "needs JavaScript" note is gone
    await expect(page.locator('[data-progress-text]').textContent()).resolves.toMatch(
      new RegExp(`^All ${CHECK_IDS.length} checks done in [\\d.]+ s\\. Nothing needs attention\\. 1 check could not tell\\.$`),
    );
    // Short cards: every card's details are closed; the one-line summary shows.
    expect(await page.locator('details.check-more[open]').count()).toBe(0);
    expect(await page.locator('details.check-more').count()).toBe(CHECK_IDS.length);
    // Status said in words and icon, not colour alone.
    await expect(page.locator('li[data-check="cookies"] .check-word').textContent()).resolves.toBe('OK');
    await expect(page.locator('li[data-check="cookies"] .check-icon').textContent()).resolves.toBe('✓');
    await expect(summaryOf(page, 'browser')).resolves.toMatch(/^You use Chrome \d+\.\d+ on Linux/);
    const origins = new Set(requested.map((u) => new URL(u).origin));
    expect([...origins].sort()).toEqual([base, status().origin].sort());
    expect(requested.filter((u) => u.startsWith(status().origin))).toEqual([status().url('all-good')]);
    await context.close();
  });
});

describe('cookies blocked in the profile’s settings', () => {
  it('reports cookies and storage as problems, although navigator.cookieEnabled says true', async () => {
    const context = await profiles.open(profiles.dir(cookieSetting(2)));
    await aimStatusAt(context, status(), 'all-good');
    const page = await firstPage(context);
    await page.goto(`${base}/check/`);
    const s = await results(page);
    matrix['cookies blocked (profile setting)'] = s;
    expect(await page.evaluate(() => navigator.cookieEnabled)).toBe(true);
    expect(s.cookies).toBe('problem');
    expect(s.storage).toBe('problem');
    expect(s.persistence).toBe('problem');
    await expect(summaryOf(page, 'cookies')).resolves.toMatch(/Cookies are blocked/);
    await expect(page.locator('li[data-check="cookies"] .check-detail').textContent()).resolves.toMatch(
      /says cookies are on, but it refused/,
    );
    const fix = page.locator('li[data-check="cookies"] .check-fix a');
    expect(await fix.getAttribute('href')).toBe('/causes/cleared-cookies/#fix-it-now');
    await context.close();
  });
});

describe('an incognito window', () => {
  it('reports a likely private window', async () => {
    const context = await profiles.open(profiles.dir(), { args: ['--incognito'] });
    await aimStatusAt(context, status(), 'all-good');
    const page = await firstPage(context);
    await page.goto(`${base}/check/`);
    const s = await results(page);
    matrix['--incognito'] = s;
    expect(s['private-mode']).toBe('warning');
    await expect(summaryOf(page, 'private-mode')).resolves.toMatch(/likely a private or incognito window/);
    await context.close();
  });
});

describe('going offline after the page loaded', () => {
  it('"Check again" reports it, and later the drop while the page was open', async () => {
    const context = await browser().newContext(AIMED);
    await aimStatusAt(context, status(), 'all-good');
    const page = await context.newPage();
    await page.goto(`${base}/check/`);
    expect((await results(page)).network).toBe('ok');
    await context.setOffline(true);
    const offline = await checkAgain(page);
    matrix['offline after load, Check again'] = offline;
    expect(offline.network).toBe('problem');
    await expect(summaryOf(page, 'network')).resolves.toBe('You are offline right now.');
    expect(offline.blockers).toBe('unknown'); // a script that fails offline is not a blocker
    await context.setOffline(false);
    const back = await checkAgain(page);
    matrix['back online, Check again'] = back;
    expect(back.network).toBe('warning');
    await expect(page.locator('li[data-check="network"] .check-detail').textContent()).resolves.toMatch(/connection dropped once/);
    await context.close();
  });
});

describe('the device clock', () => {
  const { clockWarningSeconds: WARN, clockProblemSeconds: PROBLEM } = site.thresholds;
  /** The page with the device clock really shifted by `seconds` (positive: ahead), after the run. */
  async function shifted(seconds: number) {
    const context = await browser().newContext(AIMED);
    await aimStatusAt(context, status(), 'all-good');
    const page = await context.newPage();
    await page.clock.setSystemTime(Date.now() + seconds * 1000);
    await page.goto(`${base}/check/`);
    const s = await results(page);
    matrix[`clock shifted ${seconds > 0 ? '+' : ''}${Math.round(seconds / 60)} min`] = s;
    return { context, page, s };
  }
  /** Open a card's details from the keyboard and read its detail text. */
  async function openDetails(page: Page, id: string): Promise<string> {
    const card = page.locator(`li[data-check="${id}"]`);
    await expect(card.locator('.check-detail').isVisible()).resolves.toBe(false); // collapsed by default
    await card.locator('details.check-more > summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card.locator('details.check-more').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect(card.locator('.check-detail').isVisible()).resolves.toBe(true);
    return (await card.locator('.check-detail').textContent()) ?? '';
  }

  it('past the warning edge (between the bands): a warning, in words that say it is unlikely to sign you out', async () => {
    const minutes = Math.round((WARN + PROBLEM) / 2 / 60);
    const { context, page, s } = await shifted(minutes * 60);
    expect(s.clock).toBe('warning');
    await expect(summaryOf(page, 'clock')).resolves.toBe(`Your device clock is about ${minutes} minutes ahead of the server’s.`);
    await expect(openDetails(page, 'clock')).resolves.toMatch(/unlikely to sign you out by itself/);
    await expect(page.locator('#check-clock .check-fix a').isVisible()).resolves.toBe(true);
    // The summary line names it, with the measured fact, as a link that jumps to the card.
    const link = page.locator('.check-attention a', { hasText: 'Device clock' });
    await expect(link.textContent()).resolves.toBe(`Device clock — ${minutes} minutes ahead`);
    await link.click();
    await page.waitForURL(/#check-clock$/);
    await expect(page.locator('#check-clock').isVisible()).resolves.toBe(true);
    expect(
      await page
        .locator('#check-clock')
        .evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < innerHeight),
    ).toBe(true);
    await context.close();
  });

  it('past the problem edge, behind: a problem, in words that say it breaks signing in, named first on the summary line', async () => {
    const minutes = Math.round((PROBLEM * 3) / 60);
    const { context, page, s } = await shifted(-minutes * 60);
    expect(s.clock).toBe('problem');
    await expect(summaryOf(page, 'clock')).resolves.toBe(`Your device clock is about ${minutes} minutes behind the server’s.`);
    await expect(openDetails(page, 'clock')).resolves.toMatch(/Enough to break signing in/);
    const line = page.locator('[data-progress-text] .check-attention');
    await expect(line.textContent()).resolves.toMatch(new RegExp(`^Needs attention: .*Device clock — ${minutes} minutes behind[;.]`));
    // Worst first: the linked cards' statuses never get more severe along the line.
    const linked = await line
      .locator('a')
      .evaluateAll((as) => as.map((a) => document.querySelector<HTMLElement>(a.getAttribute('href')!)?.dataset.status));
    const severity = (st?: string) => ['problem', 'warning'].indexOf(st ?? '');
    expect(linked.every((st) => severity(st) >= 0)).toBe(true);
    expect(linked.map(severity)).toEqual([...linked.map(severity)].sort((x, y) => x - y));
    expect(linked.length).toBe(Object.values(s).filter((st) => st === 'problem' || st === 'warning').length);
    await context.close();
  });

  it('not shifted: ok (the test server sends a real Date header)', async () => {
    const res = await fetch(`${base}/`, { method: 'HEAD' });
    expect(Date.parse(res.headers.get('date') ?? '')).toBeGreaterThan(Date.now() - 5000);
    const context = await browser().newContext(AIMED);
    await aimStatusAt(context, status(), 'all-good');
    const page = await context.newPage();
    await page.goto(`${base}/check/`);
    expect((await results(page)).clock).toBe('ok');
    await expect(summaryOf(page, 'clock')).resolves.toBe('Your device clock agrees with the server’s.');
    await context.close();
  });
});

describe('the status feed, served locally at the real status origin under the site’s real CSP', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext(AIMED);
  });
  afterAll(() => context.close());

  /** Open /check/ on one feed and return the status row once it has settled, with how long it took. */
  async function statusRow(variant: StatusVariant) {
    const page = await context.newPage();
    // A fresh start per feed: no result kept from the previous one (the check reuses one for a few minutes).
    await page.addInitScript(() => localStorage.removeItem('shc.status.v1'));
    await aimStatusAt(page, status(), variant);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${base}/check/`);
    const started = Date.now();
    const row = page.locator('li[data-check="service-status"]');
    await row.and(page.locator('[data-status]')).waitFor({ timeout: TIME_LIMIT + 1500 });
    return { page, row, elapsed: Date.now() - started, violations };
  }

  it.each(STATUS_FEED_NAMES)('%s: the right status and words', async (name) => {
    const feed = STATUS_FEEDS[name];
    const { page, row, violations } = await statusRow(name);
    expect(await row.getAttribute('data-status')).toBe(feed.status);
    await expect(row.locator('.check-summary').textContent()).resolves.toMatch(feed.summary);
    if ('detail' in feed) await expect(row.locator('.check-detail').textContent()).resolves.toMatch(feed.detail);
    expect(status().requests).toContain(new URL(status().url(name)).pathname);
    expect(violations).toEqual([]);
    await page.close();
  });

  const failures = [
    ['http-500', 'no-answer', /answered with an error \(HTTP 500\)/],
    ['invalid-json', 'bad-answer', /not valid JSON/],
    ['empty', 'bad-answer', /empty/],
    ['no-cors', 'blocked', /could not read its answer/],
    ['never', 'timeout', /did not answer within/],
  ] as const;

  it.each(failures)('%s: unknown, says why, links the status page, never hangs', async (variant, _reason, why) => {
    const { page, row, elapsed } = await statusRow(variant);
    timings[`service-status (${variant})`] = elapsed;
    expect(await row.getAttribute('data-status')).toBe('unknown');
    expect(elapsed).toBeLessThan(TIME_LIMIT + 500);
    await expect(row.locator('.check-summary').textContent()).resolves.toContain(`Could not read ${site.product.name}’s status`);
    await expect(row.locator('.check-detail').textContent()).resolves.toMatch(why);
    await expect(row.locator('.check-links a').last().getAttribute('href')).resolves.toBe(site.statusPageUrl);
    if (variant === 'never') {
      // Still responsive: "Check again" runs a full round, and gives up on the status feed again in time.
      const again = await checkAgain(page);
      expect(again['service-status']).toBe('unknown');
      expect(await runMs(page)).toBeLessThan(TIME_LIMIT + 500);
    }
    await page.close();
  });

  it('a feed on any other origin is refused by the CSP, and the check says it could not read it', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const el = document.getElementById('checks-config');
        if (el) el.dataset.statusApiUrl = 'https://status.example.org/api/v1/summary';
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) refused.push(m.text());
    });
    await page.goto(`${base}/check/`);
    const row = page.locator('li[data-check="service-status"]');
    await row.and(page.locator('[data-status]')).waitFor({ timeout: TIME_LIMIT + 1500 });
    expect(await row.getAttribute('data-status')).toBe('unknown');
    await expect(row.locator('.check-detail').textContent()).resolves.toMatch(/could not read its answer/);
    expect(refused.join('\n')).toMatch(/status\.example\.org/);
    await page.close();
  });

  it('the wizard and /check/ ask the provider once between them within a few minutes', async () => {
    const shared = await browser().newContext(AIMED);
    await aimStatusAt(shared, status(), 'widget-degraded');
    const path = new URL(status().url('widget-degraded')).pathname;
    const before = status().requests.filter((p) => p === path).length;
    const page = await shared.newPage();
    await page.goto(`${base}/diagnose/`);
    await page.locator('[data-wizard][data-checks-done]').waitFor({ timeout: 10_000 });
    await page.goto(`${base}/check/`);
    const s = await results(page);
    expect(s['service-status']).toBe('warning');
    await expect(page.locator('li[data-check="service-status"] .check-detail').textContent()).resolves.toMatch(
      /Checked (less than a minute|\d+ seconds?) ago/,
    );
    expect(status().requests.filter((p) => p === path).length - before).toBe(1);
    await shared.close();
  });
});

describe('a content blocker', () => {
  it('a blocked bait script is reported as a possible blocker; after unblocking, "Check again" is ok', async () => {
    const context = await browser().newContext(AIMED);
    await aimStatusAt(context, status(), 'all-good');
    const page = await context.newPage();
    await page.route(`**${BLOCKER_BAIT.scriptPath}*`, (route) => route.abort('blockedbyclient'));
    await page.goto(`${base}/check/`);
    const s = await results(page);
    matrix['bait script blocked (route abort)'] = s;
    expect(s.blockers).toBe('warning');
    await expect(summaryOf(page, 'blockers')).resolves.toBe('A content blocker is possibly active.');
    await page.unroute(`**${BLOCKER_BAIT.scriptPath}*`);
    expect((await checkAgain(page)).blockers).toBe('ok');
    await context.close();
  });

  it('a cosmetic filter hiding the bait element is reported too', async () => {
    // A blocker's cosmetic filter comes from the extension, which the page's CSP does not govern;
    // the test stands in for it with an inline style, which the CSP would refuse — so only this
    // context bypasses the CSP.
    const context = await browser().newContext({ ...AIMED, bypassCSP: true });
    await aimStatusAt(context, status(), 'all-good');
    const page = await context.newPage();
    // What a blocker's cosmetic filtering does: a stylesheet hiding advert-like class names.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '.adsbox { display: none !important; }';
        document.head.append(style);
      });
    });
    await page.goto(`${base}/check/`);
    const s = await results(page);
    matrix['bait element hidden (cosmetic filter)'] = s;
    expect(s.blockers).toBe('warning');
    await expect(page.locator('li[data-check="blockers"] .check-detail').textContent()).resolves.toMatch(/bait element .* was hidden/);
    await context.close();
  });
});

describe('data kept after a browser restart (two visits)', () => {
  async function twoVisits(preferences?: object): Promise<{ first: Statuses; second: Statuses; page: Page; context: BrowserContext }> {
    const dir = profiles.dir(preferences);
    let context = await profiles.open(dir);
    await aimStatusAt(context, status(), 'all-good');
    let page = await firstPage(context);
    await page.goto(`${base}/check/`);
    const first = await results(page);
    const link = page.locator('[data-persist-return] a');
    await expect(link.isVisible()).resolves.toBe(true);
    const returnUrl = await link.getAttribute('href');
    expect(returnUrl).toMatch(/\/check\/\?persistence=[a-z0-9]+#check-persistence$/);
    await context.close(); // quit the browser…
    context = await profiles.open(dir); // …and open it again
    await aimStatusAt(context, status(), 'all-good');
    page = await firstPage(context);
    await page.goto(returnUrl!);
    return { first, second: await results(page), page, context };
  }

  it('a normal profile keeps the marker: ok', async () => {
    const { first, second, page, context } = await twoVisits();
    matrix['restart, normal profile (return visit)'] = second;
    expect(first.persistence).toBe('unknown');
    expect(second.persistence).toBe('ok');
    await expect(summaryOf(page, 'persistence')).resolves.toMatch(/kept this site’s data after a restart/);
    await context.close();
  });

  it('a profile that clears site data on close loses it: problem', async () => {
    const { second, page, context } = await twoVisits(cookieSetting(4));
    matrix['restart, "clear on close" profile (return visit)'] = second;
    expect(second.persistence).toBe('problem');
    await expect(summaryOf(page, 'persistence')).resolves.toMatch(/cleared this site’s data when it closed/);
    await context.close();
  });

  it('following the link without restarting says so', async () => {
    const context = await profiles.open(profiles.dir());
    await aimStatusAt(context, status(), 'all-good');
    const page = await firstPage(context);
    await page.goto(`${base}/check/`);
    await results(page);
    await page.locator('[data-persist-return] a').click();
    await page.waitForURL(/persistence=/);
    expect((await results(page)).persistence).toBe('unknown');
    await expect(summaryOf(page, 'persistence')).resolves.toMatch(/not been restarted/);
    await context.close();
  });
});

describe('the report', () => {
  let context: BrowserContext;
  let page: Page;
  let checkStatuses: Statuses;
  beforeAll(async () => {
    context = await browser().newContext(AIMED);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await aimStatusAt(context, status(), 'incident');
    page = await context.newPage();
    await page.goto(`${base}/check/`);
    checkStatuses = await results(page);
  });
  afterAll(() => context.close());

  it('"Copy report" puts plain text for a ticket on the clipboard', async () => {
    await page.getByRole('button', { name: 'Copy report' }).click();
    await expect.poll(() => page.locator('#live-announcer').textContent()).toBe('Report copied as text');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(new RegExp(`^${site.siteName}: diagnostic report\nMade: .+ UTC\nBrowser: Chrome \\d`));
    expect(text).toContain(`- ${CHECK_INFO.cookies.label}: ${STATUS_WORDS.ok}. Cookies work`);
    expect(text).toContain(
      `- ${CHECK_INFO['service-status'].label}: ${STATUS_WORDS.problem}. ${site.product.name} has a partial outage right now.`,
    );
    expect(text).toContain(`  Points to: ${outcomeTitle('server-maintenance')}, ${base}/causes/server-maintenance/#fix-it-now`);
    expect(text).toMatch(new RegExp(`Report link: ${base}/report/#2\\.`));
    // No wizard was walked in this browser: nothing about it is said or copied.
    expect(text).not.toContain('Wizard answers');
    await expect(page.locator('[data-wizard-note]').isHidden()).resolves.toBe(true);
  });

  it('"Share link" gives a /report/#… link that shows the same results read-only, with its date', async () => {
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByLabel(/Report link/).inputValue();
    expect(link).toMatch(new RegExp(`^${base}/report/#2\\.[A-Za-z0-9_-]+\\.[0-9a-z]+$`));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const requested: string[] = [];
    const reader = await context.newPage();
    reader.on('request', (r) => requested.push(r.url()));
    await reader.goto(link);
    await expect(reader.getByRole('heading', { level: 2, name: /^Made on \d+ \w+ 20\d\d at \d\d:\d\d UTC$/ }).isVisible()).resolves.toBe(
      true,
    );
    const shown = await reader.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('[data-report] li[data-check]')].map((el) => [el.dataset.check!, el.dataset.status!]),
      ),
    );
    expect(shown).toEqual(checkStatuses);
    await expect(reader.locator('li[data-check="service-status"]').textContent()).resolves.toContain(
      `${CHECK_INFO['service-status'].label}: ${STATUS_WORDS.problem}`,
    );
    await expect(reader.locator('li[data-check="service-status"] a').getAttribute('href')).resolves.toBe(
      '/causes/server-maintenance/#fix-it-now',
    );
    await expect(reader.locator('li[data-check="service-status"] a').textContent()).resolves.toBe(outcomeTitle('server-maintenance'));
    expect(requested.every((u) => u.startsWith(base))).toBe(true); // the report is read in the browser only
    expect(await reader.locator('[data-report] :is(button, input, textarea, select)').count()).toBe(0); // read-only
    await reader.close();
  });
});

describe('a report made on /check/ after walking the wizard, in the same browser profile', () => {
  it('carries the wizard answers and result in words, says so beside the button, and its link shows them', async () => {
    const context = await profiles.open(profiles.dir());
    await aimStatusAt(context, status(), 'all-good');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await firstPage(context);
    // Walk the wizard by clicking, as a person would: idle at lunch, came back to a signed-out tab.
    const walk = [
      ['where', 'computer'],
      ['message', 'session-expired'],
      ['when', 'away'],
      ['away-what', 'stayed'],
    ] as const;
    const result = 'inactivity-timeout';
    await page.goto(`${base}/diagnose/`);
    for (const [step, answer] of walk) {
      const meta = questionMeta(step)!;
      await expect.poll(async () => (await page.locator('#wizard-heading').textContent())?.trim()).toBe(meta.question);
      await page.getByRole('link', { name: meta.answers.find((a) => a.id === answer)!.label, exact: true }).click();
    }
    await expect
      .poll(async () => (await page.locator('#wizard-heading').textContent())?.trim())
      .toMatch(new RegExp(`: ${outcomeTitle(result)}$`));

    await page.goto(`${base}/check/`);
    await results(page);
    await expect(page.locator('[data-wizard-note]').textContent()).resolves.toMatch(
      /^The report will include your wizard answers from \d+ seconds? ago\.$/,
    );
    await page.getByRole('button', { name: 'Copy report' }).click();
    await expect.poll(() => page.locator('#live-announcer').textContent()).toBe('Report copied as text');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    for (const [step, answer] of walk)
      expect(text).toContain(`- ${questionMeta(step)!.question} ${questionMeta(step)!.answers.find((a) => a.id === answer)!.label}\n`);
    expect(text).toContain(`Wizard result: ${outcomeTitle(result)}\n`);
    const words = text.slice(0, text.indexOf('Report link:'));
    expect(words).not.toMatch(/away-what|when=away|inactivity-timeout|service-status|: unknown\b/); // words, not ids

    const link = /Report link: (\S+)/.exec(text)![1]!;
    expect(link).toMatch(/\/report\/#2\./);
    await page.goto(link);
    const shown = page.locator('[data-report]');
    await expect.poll(() => shown.textContent()).toContain(`Wizard result: ${outcomeTitle(result)}`);
    expect(await shown.textContent()).toContain(questionMeta('away-what')!.question);
    await context.close();
  });
});

describe('using the page', () => {
  it('works by keyboard: Tab to "Check again", Enter re-runs the checks', async () => {
    const context = await browser().newContext(AIMED);
    await aimStatusAt(context, status(), 'all-good');
    const page = await context.newPage();
    await page.goto(`${base}/check/`);
    await results(page);
    const before = await page.locator('[data-check-list]').getAttribute('data-run-ms');
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Check again') break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check again');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-check-list]').getAttribute('aria-busy')).toBe('true');
    await results(page);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check again'); // focus stays put
    await expect.poll(() => page.locator('#live-announcer').textContent()).toMatch(new RegExp(`^All ${CHECK_IDS.length} checks done`));
    expect(before).not.toBeNull();
    await context.close();
  });

  it('keeps the anchors articles link to, and explains itself with JavaScript off', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, ...AIMED });
    const page = await context.newPage();
    await page.goto(`${base}/check/#check-clock`);
    for (const id of CHECK_IDS) expect(await page.locator(`#check-${id}[data-check="${id}"]`).count()).toBe(1);
    await expect(page.getByText('These checks need JavaScript, which is off in this browser').isVisible()).resolves.toBe(true);
    await expect(page.getByText('These checks need JavaScript').textContent()).resolves.toMatch(/Or answer a few questions instead/);
    expect(await page.getByRole('button', { name: 'Check again' }).isVisible()).toBe(false);
    await expect(page.getByText(/One request leaves this site/).textContent()).resolves.toContain(new URL(site.statusApi.url).host);
    await expect(page.locator('#check-clock .check-fix a').getAttribute('href')).resolves.toBe('/causes/clock-skew/#fix-it-now');
    await expect(page.getByText(/Quit the browser completely/).isVisible()).resolves.toBe(true);
    // Each card says what its check looks for on its visible line.
    for (const id of CHECK_IDS) {
      await expect(page.locator(`#check-${id} .check-summary`).textContent()).resolves.toBe(`Looks for ${CHECK_INFO[id].looksFor}.`);
      await expect(page.locator(`#check-${id} .check-summary`).isVisible()).resolves.toBe(true);
    }
    await context.close();
  });

  it('axe-core finds no accessibility violations on /check/', async () => {
    const context = await browser().newContext(AIMED);
    await aimStatusAt(context, status(), 'incident');
    const page = await context.newPage();
    await page.goto(`${base}/check/`);
    await results(page);
    await page.getByRole('button', { name: 'Share link' }).click();
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await context.close();
  });
});
