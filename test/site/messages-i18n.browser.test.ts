/**
 * The message catalog in Spanish and Japanese (/es/messages/, /ja/messages/) in real Chromium:
 * every message word for word in English as people see it, with the same #id as English, its
 * meaning from content/<locale>/messages.yaml, group names from the catalog's dictionary, and its
 * answer on that language's page; each language's matcher reads its own catalog.json.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { axeViolations, HEADER_INPUT, headerResults } from '../helpers/search';
import { catalog, rawMessages } from '../helpers/catalog';
import { meaningsIn, frontMatterIn } from '../helpers/translated-content';
import { LOCALES, TRANSLATED_LOCALES } from '../../src/config/locales';
import { localizedPath } from '../../src/common/locale-path';
import { catalogWords } from '../../src/i18n/messages';
import { MESSAGE_GROUP_IDS } from '../../src/config/messages';
import { site } from '../../src/config/site';

const base = inject('baseURL');
const browser = browserForFile();
const raw = rawMessages();
let context: BrowserContext;
beforeAll(async () => {
  context = await browser().newContext();
});
afterAll(() => context.close());

describe.each(TRANSLATED_LOCALES)('/%s/messages/', (locale) => {
  it('lists every message word for word with the English ids, its meaning and group in the language, and its answer there', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/${locale}/messages/`);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    const shown = await page.locator('[data-message][id]').evaluateAll((els) =>
      els.map((el) => ({
        id: el.id,
        title: el.querySelector('h3')?.textContent?.trim() ?? '',
        paragraphs: [...el.querySelectorAll(':scope > p')].map((p) => p.textContent?.trim() ?? ''),
        answer: el.querySelector('a[data-answer]')?.getAttribute('href'),
        answerName: el.querySelector('a[data-answer]')?.textContent?.trim(),
        group: el.closest('section:not([data-message])')?.querySelector('h2')?.id,
        groupName: el.closest('section:not([data-message])')?.querySelector('h2 a')?.textContent?.trim(),
      })),
    );
    const meanings = meaningsIn(locale);
    expect(shown.map((s) => s.id)).toEqual(MESSAGE_GROUP_IDS.flatMap((g) => raw.filter((m) => m.group === g)).map((m) => m.id));
    for (const m of raw) {
      const entry = shown.find((s) => s.id === m.id)!;
      expect(entry.title, m.id).toContain(`“${m.message}”`);
      expect(entry.paragraphs, m.id).toContain(meanings.get(m.id));
      expect(entry.group, m.id).toBe(m.group);
      expect(entry.groupName, m.id).toBe(catalogWords(locale).groups[m.group as keyof ReturnType<typeof catalogWords>['groups']]);
      const english = catalog().find((e) => e.id === m.id)!.answer;
      expect(entry.answer, m.id).toBe(localizedPath(locale, english));
      expect(entry.answerName, m.id).toBe(frontMatterIn(locale, m.answer).label);
    }
    await page.close();
  });

  it('marks the English messages as English for screen readers, and has its counterparts in every language', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/${locale}/messages/`);
    expect(await page.locator('[data-message] h3').evaluateAll((hs) => hs.every((h) => h.getAttribute('lang') === 'en'))).toBe(true);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => Object.fromEntries(ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])));
    for (const other of LOCALES) expect(alternates[other]).toBe(localizedPath(other, '/messages/'));
    // The same #id opens the same message in each language.
    const id = raw[0]!.id;
    for (const other of LOCALES) {
      await page.goto(`${base}${localizedPath(other, '/messages/')}#${id}`);
      expect(await page.locator(`#${id} h3`).textContent()).toContain(raw[0]!.message);
    }
    await page.close();
  });

  it('serves its own catalog.json: the same wordings, answers in the language', async () => {
    const res = await fetch(`${base}/${locale}/messages/catalog.json`);
    expect(res.status).toBe(200);
    const data = (await res.json()) as { id: string; wordings: string[]; answer: string }[];
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(data.sort(byId)).toEqual(
      catalog()
        .map((e) => ({ ...e, answer: localizedPath(locale, e.answer) }))
        .sort(byId),
    );
  });

  it('the header search on its pages matches a pasted message with its own catalog, answering in the language', async () => {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/${locale}/messages/`);
    await page.locator(HEADER_INPUT).click();
    const message = raw.find((m) => m.answer === 'clock-skew') ?? raw[0]!;
    const results = await headerResults(page, message.message);
    expect(requested).toContain(`/${locale}/messages/catalog.json`);
    expect(requested).not.toContain('/messages/catalog.json');
    expect(
      results.every((r) => r.startsWith(`/${locale}/`)),
      results.join(' '),
    ).toBe(true);
    await page.close();
  });

  it('has no accessibility violations', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/${locale}/messages/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

it('names the product from the site config in every language’s group names', () => {
  for (const locale of LOCALES) expect(catalogWords(locale).groups['apps-tools']).toContain(site.product.name);
});
