import { describe, expect, it } from 'vitest';
import { causeSchema, faqSchema, messageSchema, otherSchema, preventSchema } from '../../../src/build/content-schema';

const slugs = ['inactivity-timeout', 'cleared-cookies', 'clock-skew'];
const good = {
  title: 'Signed out after a break',
  label: 'Idle too long',
  summary: 'You were away from the tab long enough for the app to end the session.',
  order: 1,
  tryFirst: ['Copy anything you have not sent.', 'Reload the page.'],
  symptoms: ['after lunch', 'after a meeting'],
  related: ['cleared-cookies'],
  checks: ['network'],
  lastReviewed: '2026-11-27',
  keywords: ['logged out after lunch', 'kicked out', 'idle'],
  sources: [{ title: 'OpenAI Help Center: Managing active sessions', url: 'https://help.openai.com/en/articles/20001257' }],
};

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('cause front matter', () => {
  it('accepts a complete entry', () => {
    expect(causeSchema(slugs).safeParse(good).success).toBe(true);
  });

  it('names the field and the bad slug when a related cause does not exist', () => {
    const issues = issuesOf(causeSchema(slugs).safeParse({ ...good, related: ['cleared-cookies', 'vpn-stuff'] }));
    expect(issues).toEqual([expect.stringMatching(/^related\.1: "vpn-stuff" is not a cause/)]);
  });

  it('rejects a summary longer than 160 characters, naming the field', () => {
    const issues = issuesOf(causeSchema(slugs).safeParse({ ...good, summary: 'x'.repeat(161) }));
    expect(issues.join()).toMatch(/^summary:/);
  });

  it('rejects unknown check ids and missing fields', () => {
    const { title: _dropped, ...noTitle } = good;
    const issues = issuesOf(causeSchema(slugs).safeParse({ ...noTitle, checks: ['telepathy'] }));
    expect(issues.some((i) => i.startsWith('title:'))).toBe(true);
    expect(issues.some((i) => i.startsWith('checks.0:'))).toBe(true);
  });

  it('rejects an unreadable review date', () => {
    expect(causeSchema(slugs).safeParse({ ...good, lastReviewed: 'last week' }).success).toBe(false);
  });
});

describe('FAQ and prevention front matter', () => {
  const faq = {
    question: 'Will I lose my conversation?',
    summary: 'Usually not: saved chats stay on the server.',
    order: 1,
    causes: ['clock-skew'],
    lastReviewed: '2026-11-27',
    keywords: ['lose chat', 'lost work', 'unsent'],
    sources: [{ title: 'Chat and file retention', url: 'https://help.openai.com/en/articles/8983778' }],
  };
  it('accepts a question and defaults mostAsked to false', () => {
    const parsed = faqSchema(slugs).parse(faq);
    expect(parsed.mostAsked).toBe(false);
  });
  it('requires a question mark and real cause slugs', () => {
    const issues = issuesOf(faqSchema(slugs).safeParse({ ...faq, question: 'Will I lose it', causes: ['nope'] }));
    expect(issues).toEqual([expect.stringMatching(/^question:/), expect.stringMatching(/^causes\.0: "nope"/)]);
  });
  it('checks the prevention item cause', () => {
    const item = { id: 'fix-clock', action: 'Set time automatically', why: 'A wrong clock makes tokens look expired.', cause: 'nope' };
    expect(issuesOf(preventSchema(slugs).safeParse(item))).toEqual([expect.stringMatching(/^cause: "nope" is not a cause/)]);
  });
});

describe('sources and "Try this first"', () => {
  it('requires sources, each an https address or a path on this site', () => {
    const { sources: _none, ...unsourced } = good;
    expect(issuesOf(causeSchema(slugs).safeParse(unsourced))).toEqual([expect.stringMatching(/^sources: list the sources/)]);
    expect(issuesOf(causeSchema(slugs).safeParse({ ...good, sources: [] }))).toEqual([
      expect.stringMatching(/^sources: list at least one source/),
    ]);
    const bad = [
      { title: 'Plain http', url: 'http://example.org/' },
      { title: 'No scheme', url: 'example.org' },
      { title: 'x', url: 'https://example.org/' },
    ];
    expect(issuesOf(causeSchema(slugs).safeParse({ ...good, sources: bad }))).toEqual([
      expect.stringMatching(/^sources\.0\.url: "http:\/\/example\.org\/" is not an https/),
      expect.stringMatching(/^sources\.1\.url: "example\.org" is not an https/),
      expect.stringMatching(/^sources\.2\.title:/),
    ]);
    expect(causeSchema(slugs).safeParse({ ...good, sources: [{ title: 'Our own check', url: '/check/' }] }).success).toBe(true);
  });

  it('allows at most three "Try this first" steps', () => {
    const four = ['Copy your text.', 'Reload the page.', 'Sign in again.', 'Call a friend.'];
    expect(issuesOf(causeSchema(slugs).safeParse({ ...good, tryFirst: four }))).toEqual([
      expect.stringMatching(/^tryFirst: at most 3 steps/),
    ]);
    expect(issuesOf(causeSchema(slugs).safeParse({ ...good, tryFirst: [] })).join()).toMatch(/^tryFirst:/);
  });

  it('checks "not a sign-in problem" pages the same way', () => {
    const page = {
      title: 'Too many requests',
      label: 'Usage limits',
      summary: 'You reached a usage limit; it resets with time.',
      order: 1,
      lastReviewed: '2026-12-01',
      keywords: ['too many requests', '429', 'limit'],
    };
    expect(issuesOf(otherSchema().safeParse(page))).toEqual([expect.stringMatching(/^sources:/)]);
  });
});

describe('catalog messages', () => {
  const entry = {
    id: 'too-many-requests',
    message: 'Too many requests in 1 hour. Try again later.',
    where: ['web'],
    group: 'limits',
    meaning: 'You sent more messages than your plan allows in a short time; wait and try again.',
    answer: 'rate-limits',
    sources: [{ title: 'A public report', url: 'https://github.com/owner/repo/issues/1' }],
  };
  const schema = messageSchema([...slugs, 'rate-limits'], ['session-expired']);

  it('accepts an entry and defaults its variants to none', () => {
    expect(schema.parse(entry).variants).toEqual([]);
  });

  it('names each bad field: answer, wizard answer, place, group, missing source', () => {
    const { sources: _none, ...unsourced } = entry;
    const issues = issuesOf(schema.safeParse({ ...unsourced, answer: 'nope', wizard: 'nope', where: ['moon'], group: 'misc' }));
    expect(issues).toEqual([
      expect.stringMatching(/^where\.0:/),
      expect.stringMatching(/^group:/),
      expect.stringMatching(/^answer: "nope" is not a cause or a \/other\/ topic/),
      expect.stringMatching(/^wizard: "nope" is not an answer to the wizard/),
      expect.stringMatching(/^sources:/),
    ]);
  });
});
