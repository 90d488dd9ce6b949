/**
 * The message catalog (/messages/) in real Chromium: every entry is there word for word with a
 * permanent id and one answer link that opens its answer; an entry's link can be copied and opens
 * on that entry. (A pasted message finding its entry in search: search.browser.test.ts.)
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { catalog, rawMessages } from '../helpers/catalog';
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
