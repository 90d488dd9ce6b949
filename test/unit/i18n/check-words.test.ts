/**
 * The checks' sentences and /check/'s own words in every language (src/i18n/checks/): the same
 * keys as English, every `{slot}` English has and no other, nothing left empty or in English
 * (outside a commented allow-list), Japanese punctuation full-width; and real check runs in each
 * language say their results in that language.
 */
import { describe, expect, it } from 'vitest';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../../../src/config/locales';
import { enLive } from '../../../src/i18n/checks/en-live';
import { esLive } from '../../../src/i18n/checks/es-live';
import { jaLive } from '../../../src/i18n/checks/ja-live';
import { enMore } from '../../../src/i18n/checks/en-more';
import { esMore } from '../../../src/i18n/checks/es-more';
import { jaMore } from '../../../src/i18n/checks/ja-more';
import { pageEn } from '../../../src/i18n/checks/page-en';
import { checkPageWords } from '../../../src/i18n/checks/page';
import { liveWordsIn } from '../../../src/i18n/checks/live';
import { limitsIn } from '../../../src/i18n/checks/limits';
import { checkWords } from '../../../src/i18n/checks/names';
import { ROW_ICONS } from '../../../src/browser/check-render';
import { STATUS_ICONS } from '../../../src/report/status-words';
import { CHECK_IDS } from '../../../src/config/checks';
import { timedOut } from '../../../src/checks/run';
import { cookiesCheck } from '../../../src/checks/cookies';
import { storageCheck } from '../../../src/checks/storage';
import { privateModeCheck } from '../../../src/checks/private-mode';
import { clockCheck } from '../../../src/checks/clock';
import { networkCheck } from '../../../src/checks/network';
import { persistenceCheck } from '../../../src/checks/persistence';
import { browserCheck } from '../../../src/checks/browser';
import type { Check } from '../../../src/checks/env';
import { localizedPath, unlocalizedPath } from '../../../src/common/locale-path';
import type { CheckResult } from '../../../src/checks/types';
import { ctx, emptyLog, FakeCookies, fakeEnv, RELEASES, type FakeOptions } from '../../helpers/fake-check-env';
import { type Leaf, leaves, slots } from '../../helpers/dictionary-leaves';

/** Sample values for the word functions' parameters, by parameter name (read from the English source). */
const SAMPLE: Readonly<Record<string, unknown>> = {
  times: 3,
  change: 'wifi → cellular',
  ms: 7_200_000,
  events: ['A', 'B'],
  seen: 'SEEN',
  openMs: 60_000,
  signs: ['A', 'B'],
  os: 'Windows',
  browser: 'Chrome 120.0',
  name: 'Chrome',
  builtDay: 20_000,
  releaseDay: 20_000,
  before: true,
  days: 400,
  more: true,
  since: 'SINCE',
  newestVersion: '157',
  newestDay: 20_400,
  limitDays: 180,
  deleted: false,
  saysOn: true,
  store: 'STORE',
  why: 'WHY',
  error: 'ERR',
  seconds: 2,
  lines: ['L1.', 'L2.'],
  facts: 'FACTS',
  cookieKept: true,
};
const params = (fn: (...args: never[]) => string) =>
  (/^\(?([^)=]*)\)?\s*=>/.exec(fn.toString())?.[1] ?? '')
    .split(',')
    .map((p) => p.replace(/[?:].*$/s, '').trim())
    .filter(Boolean);
const call = (fn: Leaf, english: Leaf): string => {
  if (typeof fn === 'string') return fn;
  const args = params(english as (...args: never[]) => string).map((p) => {
    if (!(p in SAMPLE)) throw new Error(`no sample for parameter "${p}"`);
    return SAMPLE[p];
  });
  return (fn as (...a: unknown[]) => string)(...args);
};

/** Words a language writes as English does, with why. */
const SAME_AS_ENGLISH: Readonly<Record<TranslatedLocale, readonly string[]>> = {
  // Product and standard names, and punctuation Spanish shares with English.
  es: [
    'storage.indexedDb',
    'privateMode.browserNote',
    'status.nameJoin',
    'browser.listJoin',
    'browser.listEnd',
    'network.seen',
    'storage.facts',
    'build.causeJoin',
    'build.limitSep',
    'build.sourceJoin',
  ],
  // IndexedDB is its name in Japanese too.
  ja: ['storage.indexedDb'],
};

const TABLES = [
  { name: 'live', en: enLive, of: { es: esLive, ja: jaLive } },
  { name: 'more', en: enMore, of: { es: esMore, ja: jaMore } },
  { name: 'page', en: pageEn, of: { es: checkPageWords('es'), ja: checkPageWords('ja') } },
] as const;

describe.each(TRANSLATED_LOCALES)('check words in %s', (locale) => {
  describe.each(TABLES)('$name', ({ en, of }) => {
    const english = leaves(en);
    const translated = leaves(of[locale]);

    it('has exactly the English keys', () => {
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it.each([...english.keys()])('%s: says it, in its own words, with the same slots', (key) => {
      const mine = translated.get(key)!;
      const theirs = english.get(key)!;
      expect(typeof mine).toBe(typeof theirs);
      if (typeof mine === 'string') expect(slots(mine), key).toEqual(slots(theirs as string));
      const said = call(mine, theirs);
      expect(said.trim(), key).not.toBe('');
      if (typeof mine === 'function') expect(said, key).not.toMatch(/\{\w+\}|undefined|NaN/);
      if (!SAME_AS_ENGLISH[locale].some((k) => key.endsWith(k))) expect(said, key).not.toBe(call(theirs, theirs));
      // Japanese: full-width sentence punctuation (ASCII only inside technical words such as "HTTP 500").
      if (locale === 'ja') expect(said, key).not.toMatch(/[^\d\s][,.](\s|$)|[(](?![A-Z]{2,})/);
    });
  });

  it('writes the page live words the build puts in the page', () => {
    expect(liveWordsIn(locale)).toBe(locale === 'es' ? esLive : jaLive);
    expect(liveWordsIn('en')).toBe(enLive);
  });

  it('translates every limit a card shows, keeping its sources', () => {
    const english = limitsIn('en');
    const mine = limitsIn(locale);
    for (const id of CHECK_IDS) {
      for (const [i, limit] of (mine[id] ?? []).entries()) {
        const en = english[id]![i]!;
        expect(limit.label).not.toBe(en.label);
        expect(limit.reason).not.toBe(en.reason);
        expect(limit.sources).toEqual(en.sources);
      }
    }
  });

  it('names the other checks as those checks are named', () => {
    const names = checkWords(locale);
    const more = { es: esMore, ja: jaMore }[locale];
    expect(more.cookies.okDetail(true)).toContain(names.persistence.label);
    expect(more.persistence.notStoredDetail).toContain(names.cookies.label);
    expect(more.persistence.notStoredDetail).toContain(names.storage.label);
  });
});

describe('checks run in each language', () => {
  const clockServer =
    (aheadMs: number): FakeOptions['fetch'] =>
    () =>
      new Response(null, { headers: { Date: new Date(Date.now() - aheadMs).toUTCString() } });
  /** Situations covering each check's outcomes that need no network. */
  const RUNS: ReadonlyArray<[string, Check, () => FakeOptions]> = [
    ['cookies ok', cookiesCheck, () => ({})],
    ['cookies blocked', cookiesCheck, () => ({ cookies: new FakeCookies('ignores') })],
    ['cookies unavailable', cookiesCheck, () => ({ cookies: new FakeCookies('throws') })],
    ['storage blocked', storageCheck, () => ({ local: 'throws', idb: 'throws' })],
    ['private window', privateModeCheck, () => ({ privateMode: { isPrivate: true, browserName: 'Chrome' } })],
    ['private unknown', privateModeCheck, () => ({ privateMode: 'rejects' })],
    ['clock unreadable', clockCheck, () => ({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) })],
    ['clock ahead', clockCheck, () => ({ fetch: clockServer(-3 * 3_600_000) })],
    ['offline', networkCheck, () => ({ onLine: false, networkLog: emptyLog([{ kind: 'offline', at: 1 }]) })],
    ['two visits, step 1', persistenceCheck, () => ({})],
    ['old browser', browserCheck, () => ({ browser: { name: 'Chrome', version: '99.0', osName: 'Windows' }, releases: RELEASES })],
  ];
  const words = { es: esLive, ja: jaLive } as const;

  it.each(TRANSLATED_LOCALES.flatMap((l) => RUNS.map((r) => [l, ...r] as const)))(
    '%s: %s is said in that language',
    async (locale, _name, check, options) => {
      const english: CheckResult = await check(fakeEnv(options()), ctx());
      const mine: CheckResult = await check({ ...fakeEnv(options()), locale, liveWords: words[locale] }, ctx());
      expect(mine.status).toBe(english.status);
      for (const part of ['summary', 'detail'] as const) {
        expect(mine[part].trim()).not.toBe('');
        expect(mine[part]).not.toBe(english[part]);
        expect(mine[part]).not.toMatch(/\{\w+\}|undefined/);
      }
      // The same links, each same-site one to the page of that language (tokens differ per run).
      const where = (r: CheckResult, l: TranslatedLocale | 'en') =>
        (r.links ?? []).map((link) => {
          const url = new URL(link.href);
          return url.origin === 'https://help.example.org' ? localizedPath(l, unlocalizedPath(url.pathname)) : link.href;
        });
      expect(where(mine, locale)).toEqual(where(english, locale));
      expect(
        (mine.links ?? []).every(
          (link) => !link.href.startsWith('https://help.example.org/') || new URL(link.href).pathname.startsWith(`/${locale}/`),
        ),
      ).toBe(true);
    },
  );

  it.each(TRANSLATED_LOCALES)('%s: the runner says a stopped check in that language', (locale) => {
    const r = timedOut('clock', 3000, words[locale].runner);
    expect(r.summary).toBe(words[locale].runner.timedOutSummary);
    expect(r.detail).toContain('3');
    expect(r.detail).not.toBe(timedOut('clock', 3000).detail);
  });
});

it('draws the same status glyphs on /check/ as on /report/', () => {
  expect(ROW_ICONS).toEqual(STATUS_ICONS);
});
