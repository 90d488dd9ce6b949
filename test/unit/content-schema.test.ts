import { describe, expect, it } from 'vitest';
import { causeSchema, faqSchema, preventSchema } from '../../src/lib/content-schema';

const slugs = ['inactivity-timeout', 'cleared-cookies', 'clock-skew'];
const good = {
  title: 'Signed out after a break',
  label: 'Idle too long',
  summary: 'You were away from the tab long enough for the app to end the session.',
  order: 1,
  symptoms: ['after lunch', 'after a meeting'],
  related: ['cleared-cookies'],
  checks: ['network'],
  lastReviewed: '2026-11-27',
  keywords: ['logged out after lunch', 'kicked out', 'idle'],
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
