import { describe, expect, it } from 'vitest';
import type { QueryTerm } from '../../../src/common/search-query';
import { buildExcerpt, rankPages, reweigh, scoreSections, sectionsOf, splitWords, type PageRecord } from '../../../src/common/search-rank';

const t = (term: string, weight = 1): QueryTerm => ({ term, weight, typed: true });

describe('rankPages', () => {
  it('adds up per-word scores, and a page matching more of the query wins', () => {
    const ranked = rankPages([
      {
        term: t('wifi'),
        matches: [
          { pageId: 'a', score: 2, locations: [1] },
          { pageId: 'b', score: 3, locations: [4] },
        ],
      },
      { term: t('switch'), matches: [{ pageId: 'a', score: 2, locations: [2] }] },
    ]);
    expect(ranked.map((p) => p.pageId)).toEqual(['a', 'b']);
    expect(ranked[0]!.hits).toHaveLength(2);
  });
  it('a word found nowhere does not empty the result', () => {
    const ranked = rankPages([
      { term: t('wifi'), matches: [{ pageId: 'a', score: 1, locations: [] }] },
      { term: t('xyzzy'), matches: [] },
    ]);
    expect(ranked.map((p) => p.pageId)).toEqual(['a']);
  });
  it('weights scale a word’s contribution', () => {
    const ranked = rankPages([
      { term: t('session', 0.1), matches: [{ pageId: 'a', score: 10, locations: [] }] },
      { term: t('vpn'), matches: [{ pageId: 'b', score: 2, locations: [] }] },
    ]);
    expect(ranked[0]!.pageId).toBe('b');
  });
});

const page: PageRecord = {
  url: '/causes/x/',
  title: 'Page title',
  content: 'Page title. Intro words here. Fix it now. Reload the page <b>now</b>. Why. Because wifi changed.',
  anchors: [
    { element: 'h2', id: 'why', text: 'Why.', location: 12 },
    { element: 'h2', id: 'fix', text: 'Fix it now', location: 5 },
    { element: 'li', id: 'not-a-section', text: 'x', location: 7 },
  ],
};

describe('sections', () => {
  const words = splitWords(page.content);
  const sections = sectionsOf(page, words.length);

  it('splits at h2/h3 anchors in document order, after an opening section', () => {
    expect(sections.map((s) => [s.id, s.start, s.end])).toEqual([
      [undefined, 0, 5],
      ['fix', 5, 12],
      ['why', 12, words.length],
    ]);
    expect(sections[0]!.headingEnd).toBe(2); // the h1 words
    expect(sections[1]!.headingEnd).toBe(8);
  });

  it('scores the section holding the words, with heading matches ahead', () => {
    const scored = scoreSections(sections, [
      { term: t('reload'), locations: [8] },
      { term: t('fix'), locations: [5] },
      { term: t('wifi'), locations: [14] },
    ]);
    expect(scored.map((s) => s.section.id)).toEqual(['fix', 'why']);
    expect(scored[0]!.locations).toEqual([5, 8]);
  });

  it('quotes the section without its heading, escaped, with matches marked', () => {
    const excerpt = buildExcerpt(words, sections[1]!, [8, 11], { length: 10 });
    expect(excerpt).toBe('<mark>Reload</mark> the page <mark>&lt;b&gt;now&lt;/b&gt;.</mark>');
  });

  it('cuts long sections around the densest matches with ellipses', () => {
    const long = splitWords(`Head. ${Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')}`);
    const section = { id: 's', title: 'Head.', start: 0, end: long.length, headingEnd: 1 };
    const excerpt = buildExcerpt(long, section, [31, 33], { length: 8 });
    expect(excerpt).toMatch(/^… .*<mark>w30<\/mark>.*<mark>w32<\/mark>.* …$/);
    expect(
      excerpt
        .replace(/<\/?mark>/g, '')
        .split(' ')
        .filter((w) => w !== '…'),
    ).toHaveLength(8);
  });
});

describe('reweigh', () => {
  const read = (url: string, score: number, headings: string[] = []) => ({
    page: { pageId: url, score, hits: [] },
    record: { url, title: url, content: '', anchors: headings.map((text, i) => ({ element: 'h2', id: `h${i}`, text, location: i })) },
  });
  const pages = [read('/causes/a/', 10), read('/messages/#short', 14), read('/faq/#b', 6, ['Windows']), read('/messages/#known', 1)];
  const weigh = (known?: string, asked = 'nothing') =>
    reweigh(pages, {
      known,
      messagesPath: '/messages/',
      messageWeight: 0.5,
      headsQuery: (r) => r.anchors.some((a) => a.text === asked),
      headingBoost: 3,
    }).map((p) => p.record.url);

  it('lets a page that explains a problem beat a one-line catalog entry sharing a word', () => {
    expect(weigh()).toEqual(['/causes/a/', '/messages/#short', '/faq/#b', '/messages/#known']);
  });
  it('puts the message the query is known to be first, however low Pagefind ranked it', () => {
    expect(weigh('/messages/#known')[0]).toBe('/messages/#known');
  });
  it('lifts a page whose section heading is exactly the query', () => {
    expect(weigh(undefined, 'Windows')[0]).toBe('/faq/#b');
  });
});
