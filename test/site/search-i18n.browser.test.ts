/**
 * Search per language in real Chromium: on a Spanish or Japanese page the header box and
 * /<locale>/search/ search that language's index (Pagefind picks it from `<html lang>`) with that
 * language's vocabulary, Japanese without spaces included; English pages still find English pages
 * only. Then the real phrasings per language (test/fixtures/real-phrasings-{es,ja}.ts) through the
 * header box, with a table printed (count / first / top 3 / missed), and ChatGPT's own messages as
 * it words them in each language, which must lead to the page that answers the English message.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { HEADER_INPUT, headerResults } from '../helpers/search';
import { catalog, fits } from '../helpers/catalog';
import { LOCALIZED_MESSAGES_ES, REAL_PHRASINGS_ES, type LocalizedMessage } from '../fixtures/real-phrasings-es';
import { LOCALIZED_MESSAGES_JA, REAL_PHRASINGS_JA } from '../fixtures/real-phrasings-ja';
import type { RealPhrasing } from '../fixtures/real-phrasings';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../../src/config/locales';
import { createMatcher } from '../../src/common/message-match';
import { localizedPath } from '../../src/common/locale-path';

const base = inject('baseURL');
const browser = browserForFile();
let context: BrowserContext;
beforeAll(async () => {
  context = await browser().newContext();
});

const COLD = { timeout: 10_000 };

async function headerOn(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await page.locator(HEADER_INPUT).focus();
  return page;
}

/** A result's page, without the section it opens at. */
const pathOnly = (href: string | undefined): string => (href ?? '').split('#')[0]!;

/** Sentences as a person writes them, and the answers that fit each (the cause, or the FAQ answer on just that). */
const SENTENCES: Record<TranslatedLocale, ReadonlyArray<readonly [string, readonly string[]]>> = {
  es: [
    ['me cierra la sesión porque la hora de mi computadora está mal', ['/es/causes/clock-skew/', '/es/faq/#wrong-clock']],
    ['se cerró mi sesión al cambiar de wifi a datos móviles', ['/es/causes/network-changes/', '/es/faq/#is-it-my-internet']],
    [
      'cada vez que abro el navegador tengo que iniciar sesión otra vez',
      ['/es/causes/cleared-cookies/', '/es/faq/#every-time-i-open-the-browser'],
    ],
    ['uso una ventana de incógnito y me saca', ['/es/causes/private-browsing/', '/es/faq/#private-window']],
  ],
  ja: [
    ['時計がずれているとログアウトされる', ['/ja/causes/clock-skew/', '/ja/faq/#wrong-clock']],
    ['シークレットモードだと勝手にログアウトされる', ['/ja/causes/private-browsing/', '/ja/faq/#private-window']],
    ['VPNをオンにしたらセッション切れになった', ['/ja/causes/network-changes/', '/ja/faq/#does-a-vpn-cause-it']],
    ['拡張機能を入れてからログアウトされる', ['/ja/causes/browser-extensions/', '/ja/faq/#ad-blocker']],
  ],
};

describe('search per language', () => {
  for (const locale of TRANSLATED_LOCALES) {
    describe(locale, () => {
      it(`the header form and the search page are /${locale}/search/`, async () => {
        const page = await headerOn(`/${locale}/causes/`);
        expect(await page.locator(`form:has(${HEADER_INPUT})`).getAttribute('action')).toBe(`/${locale}/search/`);
        await page.close();
      });

      it.each(SENTENCES[locale])('finds “%s” first: %j', async (query, accept) => {
        const page = await headerOn(`/${locale}/`);
        const hrefs = await headerResults(page, query);
        expect(fits(hrefs[0] ?? '', accept), hrefs.join(' ')).toBe(true);
        // Every result is in the page's language.
        expect(hrefs.filter((h) => !h.startsWith(`/${locale}/`))).toEqual([]);
        await page.close();
      });

      it(`/${locale}/search/?q= lists that language's pages`, async () => {
        const [query, accept] = SENTENCES[locale][0]!;
        const page = await context.newPage();
        await page.goto(`${base}/${locale}/search/?${new URLSearchParams({ q: query })}`);
        const first = page.locator('[data-search-results] li a').first();
        await first.waitFor(COLD);
        expect(fits((await first.getAttribute('href'))!, accept)).toBe(true);
        const hrefs = await page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        expect(hrefs.filter((h) => !h.startsWith(`/${locale}/`))).toEqual([]);
        await page.close();
      });
    });
  }

  it('a Japanese query is cut into words: without spaces it finds what it finds with them', async () => {
    const page = await headerOn('/ja/');
    const joined = await headerResults(page, '時計がずれているとログアウトされる');
    const spaced = await headerResults(page, '時計 が ずれて いる と ログアウト される');
    expect(joined.map(pathOnly)).toContain('/ja/causes/clock-skew/');
    expect(fits(joined[0] ?? '', SENTENCES.ja[0]![1])).toBe(true);
    expect(joined[0]).toBe(spaced[0]);
    await page.close();
  });

  it('English pages still search English pages only', async () => {
    const page = await headerOn('/causes/');
    const hrefs = await headerResults(page, 'logged out because my computer clock is wrong');
    expect(fits(hrefs[0] ?? '', ['/causes/clock-skew/', '/faq/#wrong-clock'])).toBe(true);
    expect(hrefs.filter((h) => /^\/(es|ja)\//.test(h))).toEqual([]);
    expect(await page.locator(`form:has(${HEADER_INPUT})`).getAttribute('action')).toBe('/search/');
    await page.close();
  });
});

/** Real phrasings per language, through the header box. */
const SETS: Record<TranslatedLocale, readonly RealPhrasing[]> = { es: REAL_PHRASINGS_ES, ja: REAL_PHRASINGS_JA };
/** The issue asks for at least 30 real phrasings per language, each with its public source. */
const MIN_PHRASINGS = 30;
/**
 * Floors at what was measured on 2026-12-02 (es: 19 of 33 first, 28 of 33 in the top three; ja: 23
 * of 37 first, 31 of 37 in the top three), so a regression fails. The goal is the English one (90 %
 * in the top three). Most misses are reports whose fitting answer depends on what the thread found
 * out later (a site's own bug, a stray "token" in a pasted error), which the words alone do not tell.
 */
const FIRST_FLOOR: Record<TranslatedLocale, number> = { es: 0.57, ja: 0.62 };
const TOP3_FLOOR: Record<TranslatedLocale, number> = { es: 0.84, ja: 0.83 };

const ranks: Record<TranslatedLocale, Map<RealPhrasing, number>> = { es: new Map(), ja: new Map() };
const firsts = new Map<RealPhrasing, string>();

const pct = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / Math.max(1, of))} %)`;
afterAll(() => {
  const lines = [
    '\nReal phrasings per language, header search',
    '| language | n | found first | in top 3 | missed |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const locale of TRANSLATED_LOCALES) {
    const r = [...ranks[locale].values()];
    if (r.length === 0) continue;
    lines.push(
      `| ${locale} | ${r.length} | ${pct(r.filter((x) => x === 0).length, r.length)} | ${pct(r.filter((x) => x >= 0 && x < 3).length, r.length)} | ${pct(r.filter((x) => x < 0 || x > 2).length, r.length)} |`,
    );
  }
  console.log(lines.join('\n'));
});

for (const locale of TRANSLATED_LOCALES) {
  describe(`real phrasings, ${locale} (header search)`, () => {
    let page: Page;
    beforeAll(async () => {
      page = await headerOn(`/${locale}/faq/`);
    });

    it.each(SETS[locale].map((p) => [p.query.slice(0, 60), p] as const))('%s', async (_name, p) => {
      const hrefs = await headerResults(page, p.query);
      ranks[locale].set(
        p,
        hrefs.findIndex((h) => fits(h, p.accept)),
      );
      if (hrefs[0]) firsts.set(p, hrefs[0]);
    });

    it(`has at least ${MIN_PHRASINGS} phrasings, each from a public page`, () => {
      expect(SETS[locale].length).toBeGreaterThanOrEqual(MIN_PHRASINGS);
      for (const p of SETS[locale]) expect(p.source, p.query).toMatch(/^https?:\/\//);
      for (const p of SETS[locale]) for (const a of p.accept) expect(a, p.query).toMatch(new RegExp(`^/${locale}/`));
    });

    it('puts a fitting answer first and in the top three as often as measured', () => {
      const r = [...ranks[locale].values()];
      const misses = [...ranks[locale]]
        .filter(([, rank]) => rank < 0 || rank > 2)
        .map(([p]) => `${p.query.slice(0, 70)} → ${firsts.get(p) ?? 'nothing'}`);
      console.log(`${locale} misses:\n${misses.join('\n')}`);
      expect(r.filter((x) => x === 0).length / r.length, misses.join('\n')).toBeGreaterThanOrEqual(FIRST_FLOOR[locale]);
      expect(r.filter((x) => x >= 0 && x < 3).length / r.length, misses.join('\n')).toBeGreaterThanOrEqual(TOP3_FLOOR[locale]);
    });
  });
}

/**
 * ChatGPT's messages as it shows them in Spanish or Japanese (each quoted from a public page): the
 * English wording is matched against the message catalog, and that entry's answer, in the
 * language of the page, must be among the first three results for the translated wording.
 */
const LOCALIZED: Record<TranslatedLocale, readonly LocalizedMessage[]> = { es: LOCALIZED_MESSAGES_ES, ja: LOCALIZED_MESSAGES_JA };
// A lower bar than the wizard's: a page may show the English message cut short ("Hmm…something
// seems to have gone wrong", without "Maybe try me again in a little bit.").
const matcher = createMatcher(catalog(), 0.5);

for (const locale of TRANSLATED_LOCALES) {
  describe(`ChatGPT's own ${locale} wording of a catalog message (header search)`, () => {
    it.each(LOCALIZED[locale].map((m) => [m.message, m] as const))('%s', async (_name, m) => {
      const entry = matcher.match(m.english)?.entry;
      expect(entry, `no catalog message matches "${m.english}"`).toBeDefined();
      const answer = localizedPath(locale, entry!.answer);
      const page = await headerOn(`/${locale}/`);
      const hrefs = await headerResults(page, m.message);
      expect(
        hrefs.slice(0, 3).some((h) => fits(h, [answer])),
        `${answer} not in ${hrefs.join(' ')}`,
      ).toBe(true);
      await page.close();
    });
  });
}
