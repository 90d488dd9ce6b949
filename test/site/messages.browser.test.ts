/**
 * The message catalog (/messages/) and the "not a sign-in problem" pages in real Chromium: every
 * entry is there word for word with a permanent id and one answer link that opens its answer; an
 * entry's link can be copied and opens on that entry; a pasted message finds its entry in search.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { catalog, rawMessages } from '../helpers/catalog';
import { HEADER_INPUT, headerResults } from '../helpers/search';
import { OTHER_TOPICS } from '../../src/config/other-topics';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { MESSAGE_GROUPS } from '../../src/config/messages';

const base = inject('baseURL');
const browser = browserForFile();
const raw = rawMessages();
const entries = catalog();
let context: BrowserContext;
beforeAll(async () => {
  context = await browser().newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
});

describe('/messages/', () => {
  it.each([true, false])(
    'lists every message word for word, grouped, each with one answer link (JavaScript %s)',
    async (javaScriptEnabled) => {
      const ctx = await browser().newContext({ javaScriptEnabled });
      const page = await ctx.newPage();
      await page.goto(`${base}/messages/`);
      const shown = await page.locator('[data-message][id]').evaluateAll((els) =>
        els.map((el) => ({
          id: el.id,
          title: el
            .querySelector('h3')
            ?.textContent?.replace(/Copy link$/, '')
            .trim(),
          answers: [...el.querySelectorAll('a[data-answer]')].map((a) => a.getAttribute('href')),
          group: el
            .closest('section:not([data-message])')
            ?.querySelector('h2')
            ?.textContent?.replace(/Copy link$/, '')
            .trim(),
        })),
      );
      expect(shown.map((e) => e.id).sort()).toEqual(raw.map((m) => m.id).sort());
      for (const m of raw) {
        const e = shown.find((s) => s.id === m.id)!;
        expect(e.title, m.id).toBe(`“${m.message}”`);
        expect(e.answers, m.id).toEqual([entries.find((c) => c.id === m.id)!.answer]);
        expect(e.group, m.id).toBe(MESSAGE_GROUPS[m.group as keyof typeof MESSAGE_GROUPS]);
      }
      await ctx.close();
    },
  );

  it('a shared link opens on its message; Copy link copies that link; the answer link is one tap away', async () => {
    const m = raw[Math.floor(raw.length / 2)]!;
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/messages/#${m.id}`);
    const entry = page.locator(`[id="${m.id}"]`);
    await expect.poll(() => entry.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    const copy = entry.getByRole('button', { name: /Copy link/ });
    const box = (await copy.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/messages/#${m.id}`);
    await entry.locator('a[data-answer]').click();
    await page.waitForURL(`${base}${entries.find((e) => e.id === m.id)!.answer}`);
    await page.goBack();
    expect(new URL(page.url()).hash).toBe(`#${m.id}`);
    await page.close();
  });
});

describe('search finds a pasted message in the catalog', () => {
  it('puts the entry (or its answer) first for a message pasted with its noise', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/causes/`);
    await page.locator(HEADER_INPUT).focus();
    // One message from each group, pasted the way people paste them.
    const picks = [...new Map(raw.map((m) => [m.group, m])).values()];
    const misses: string[] = [];
    for (const m of picks) {
      const query = `{"detail":"${m.message}"} Ray ID: 8f3a2b1c4d5e6f70`;
      const [first] = await headerResults(page, query);
      const answer = entries.find((e) => e.id === m.id)!.answer;
      if (first !== `/messages/#${m.id}` && first?.replace(/#.*/, '') !== answer) misses.push(`${query} → ${first ?? 'nothing'}`);
    }
    expect(misses).toEqual([]);
    await page.close();
  });
});

describe('not a sign-in problem', () => {
  it.each(OTHER_TOPICS)('/other/%s/ says what it means, what to do and where to get help, with its sources and messages', async (topic) => {
    const page = await context.newPage();
    await page.goto(`${base}/other/${topic}/`);
    const sections = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(sections).toEqual(expect.arrayContaining(['what-it-means', 'what-to-do', 'where-to-get-help', 'sources']));
    expect(sections.indexOf('what-it-means')).toBeLessThan(sections.indexOf('what-to-do'));
    expect(await page.locator('section.sources li a').count()).toBeGreaterThan(0);
    const listed = await page.locator('a[href^="/messages/#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(
      raw
        .filter((m) => m.answer === topic)
        .map((m) => `/messages/#${m.id}`)
        .sort(),
    );
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Not a sign-in problem' }).click();
    await page.waitForURL(`${base}/causes/#not-sign-in`);
    expect(await page.locator('#not-sign-in').isVisible()).toBe(true);
    await page.close();
  });

  it('the home page and /causes/ show every cause and every topic', async () => {
    const page = await context.newPage();
    for (const path of ['/', '/causes/']) {
      await page.goto(`${base}${path}`);
      const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const slug of CAUSE_SLUGS) expect(links, `${path} → ${slug}`).toContain(`/causes/${slug}/`);
      for (const topic of OTHER_TOPICS) expect(links, `${path} → ${topic}`).toContain(`/other/${topic}/`);
      expect(links).toContain('/messages/');
    }
    await page.close();
  });
});
