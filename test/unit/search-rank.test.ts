import { describe, expect, it } from 'vitest';
import type { QueryTerm } from '../../src/lib/search-query';
import {
  buildExcerpt,
  rankPages,
  scoreSections,
  sectionsOf,
  splitWords,
  type PageRecord,
} from '../../src/lib/search-rank';

const t = (term: string, weight = 1): QueryTerm => ({ term, weight, typed: true });

describe('rankPages', () => {
  it('adds up per-word scores, and a page matching more of the query wins', () => {
    const ranked = rankPages([
      { term: t('wifi'), matches: [{ pageId: 'a', score: 2, locations: [1] }, { pageId: 'b', score: 3, locations: [4] }] },
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
    expect(excerpt.replace(/<\/?mark>/g, '').split(' ').filter((w) => w !== '…')).toHaveLength(8);
  });
});
