import { describe, expect, it } from 'vitest';
import { createSearchEngine, VOCABULARY } from '../../../src/browser/search-engine';
import type { PagefindFragment, PagefindModule } from '../../../src/browser/search-pagefind';
import { analyseQuery, tokenize, type Vocabulary } from '../../../src/common/search-query';
import { createMatcher } from '../../../src/common/message-match';

const vocab: Vocabulary = { stopWords: ['my'], idioms: {}, weakWords: [], synonyms: {}, weakWeight: 0.2, synonymWeight: 0.5 };

const pages: Record<string, PagefindFragment> = {
  cause: {
    url: '/causes/network-changes/',
    meta: { title: 'Network changes' },
    content: 'Network changes. Intro about wifi. Fix it now. Turn the vpn off, wifi on.',
    anchors: [{ element: 'h2', id: 'fix-it-now', text: 'Fix it now', location: 5 }],
  },
  faqWifi: {
    url: '/faq/#wifi',
    meta: { title: 'Wifi?' },
    content: 'Wifi? Wifi can do it, wifi often does.',
    anchors: [],
  },
  faqVpn: {
    url: '/faq/#vpn',
    meta: { title: 'VPN?' },
    content: 'VPN? A vpn can too.',
    anchors: [],
  },
};

/** A stand-in for Pagefind: finds a word by prefix, scores by count. */
function fakePagefind(log: string[], failFirst = false): PagefindModule {
  let failed = !failFirst;
  return {
    options: async (o) => void log.push(`options ${JSON.stringify(o)}`),
    init: async () => void log.push('init'),
    search: async (term) => {
      log.push(`search ${term}`);
      if (!failed) {
        failed = true;
        throw new Error('offline');
      }
      return {
        results: Object.entries(pages).flatMap(([id, page]) => {
          const words = page.content.split(/\s+/);
          const at = words.flatMap((w, i) => (w.toLowerCase().startsWith(term) ? [i] : []));
          return at.length ? [{ id, score: at.length, words: at, data: async () => (log.push(`data ${id}`), page) }] : [];
        }),
      };
    },
  };
}

describe('search engine', () => {
  it('ranks pages, and links each to its best section with the words to highlight', async () => {
    const log: string[] = [];
    const engine = createSearchEngine(async () => fakePagefind(log), vocab);
    const out = await engine.search('my vpn wifi', 10);
    expect(out.terms.map((t) => t.term)).toEqual(['vpn', 'wifi']);
    expect(out.hits.map((h) => h.url)).toEqual([
      '/causes/network-changes/?highlight=vpn+wifi#fix-it-now',
      '/faq/?highlight=vpn+wifi#wifi',
      '/faq/?highlight=vpn+wifi#vpn',
    ]);
    const [cause, faq] = out.hits;
    expect(cause).toMatchObject({ title: 'Fix it now', page: 'Network changes', kind: 'Cause' });
    expect(cause!.excerpt).toBe('Turn the <mark>vpn</mark> off, <mark>wifi</mark> on.');
    // A FAQ answer record is its own result: titled by its question, quoted without it.
    expect(faq).toMatchObject({ title: 'Wifi?', page: '', kind: 'Question' });
    expect(faq!.excerpt).toBe('<mark>Wifi</mark> can do it, <mark>wifi</mark> often does.');
  });

  it('loads Pagefind once, and asks for each word and page once per visit', async () => {
    const log: string[] = [];
    const engine = createSearchEngine(async () => fakePagefind(log), vocab);
    await engine.search('vpn', 5);
    await engine.search('vpn wifi', 5);
    await engine.search('wifi vpn', 5);
    expect(log.filter((l) => l === 'init')).toHaveLength(1);
    expect(log.filter((l) => l.startsWith('search'))).toEqual(['search vpn', 'search wifi']);
    expect(log.filter((l) => l.startsWith('data')).sort()).toEqual(['data cause', 'data faqVpn', 'data faqWifi']);
    expect(log[0]).toContain('metaWeights');
  });

  it('returns nothing for an empty query without loading Pagefind', async () => {
    const log: string[] = [];
    const engine = createSearchEngine(async () => fakePagefind(log), vocab);
    expect((await engine.search('  ', 5)).hits).toEqual([]);
    expect(log).toEqual([]);
  });

  it('a failed lookup is retried next time, not remembered', async () => {
    const log: string[] = [];
    const engine = createSearchEngine(async () => fakePagefind(log, true), vocab);
    await expect(engine.search('vpn', 5)).rejects.toThrow('offline');
    expect((await engine.search('vpn', 5)).hits.length).toBeGreaterThan(0);
  });
});

describe('search engine with the message catalog', () => {
  const catalogPages: Record<string, PagefindFragment> = {
    ...pages,
    entry: {
      url: '/messages/#too-many',
      meta: { title: 'Too many requests in 1 hour' },
      content: 'Too many requests in 1 hour. You sent too many.',
      anchors: [],
    },
  };
  const pf = (): PagefindModule => ({
    options: async () => {},
    init: async () => {},
    search: async (term) => ({
      results: Object.entries(catalogPages).flatMap(([id, page]) => {
        const at = page.content
          .toLowerCase()
          .split(/\s+/)
          .flatMap((w, i) => (w.startsWith(term) ? [i] : []));
        return at.length ? [{ id, score: at.length, words: at, data: async () => page }] : [];
      }),
    }),
  });
  const matcher = async () =>
    createMatcher([{ id: 'too-many', wordings: ['Too many requests in 1 hour. Try again later.'], answer: '/other/rate-limits/' }]);

  it('puts a known pasted message first, and keeps the rest in their order', async () => {
    const engine = createSearchEngine(async () => pf(), vocab, matcher);
    const out = await engine.search('{"detail":"Too many requests in 1 hour. Try again later."} wifi wifi', 5);
    expect(out.hits[0]!.url).toMatch(/^\/messages\/\?highlight=.*#too-many$/);
  });

  it('searches on when the catalog cannot be loaded', async () => {
    const engine = createSearchEngine(
      async () => pf(),
      vocab,
      async () => Promise.reject(new Error('offline')),
    );
    const out = await engine.search('wifi', 5);
    expect(out.hits.map((h) => h.url.replace(/\?[^#]*/, ''))).toEqual(['/faq/#wifi', '/causes/network-changes/']);
  });

  it('lets the meaning of a word no page has count in full', async () => {
    const engine = createSearchEngine(async () => pf(), { ...vocab, synonyms: { nordvpn: ['vpn'] } });
    const meant = await engine.search('nordvpn', 5);
    const typed = await engine.search('vpn', 5);
    expect(meant.hits.map((h) => [h.url.replace(/\?[^#]*/, ''), h.score])).toEqual(
      typed.hits.map((h) => [h.url.replace(/\?[^#]*/, ''), h.score]),
    );
    expect(meant.hits.length).toBe(2);
  });
});

describe('the site vocabulary', () => {
  it('has no word that is both a stop word and a weak word, and lower-case synonym keys', () => {
    const stop = new Set(VOCABULARY.stopWords);
    expect(VOCABULARY.weakWords.filter((w) => stop.has(w))).toEqual([]);
    for (const key of Object.keys(VOCABULARY.synonyms)) expect(tokenize(key).join(' '), key).toBe(key);
  });
  it('reads the issue’s example sentences as their meaningful words', () => {
    const terms = (q: string) =>
      analyseQuery(q, VOCABULARY)
        .filter((t) => t.weight === 1)
        .map((t) => t.term);
    expect(terms('logged out when I switch wifi')).toEqual(['switch', 'wifi']);
    expect(terms('kicked out after lunch break')).toEqual(['lunch', 'break']);
    expect(terms('wrong time on my computer')).toEqual(['wrong', 'time', 'computer']);
  });
});
