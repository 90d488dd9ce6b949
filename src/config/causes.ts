/**
 * The cause slugs of the URL contract (docs/contract.md). Each has an article in
 * `content/causes/<slug>.mdx`; a content test keeps the two lists identical. Code that must name a
 * cause (the wizard's results, the live checks) uses this type so a typo fails type-checking.
 */
export const CAUSE_SLUGS = [
  'inactivity-timeout',
  'cleared-cookies',
  'private-browsing',
  'browser-extensions',
  'server-maintenance',
  'multiple-sessions',
  'expired-token',
  'network-changes',
  'login-time-limit',
  'clock-skew',
  'app-bugs',
  'security-check',
  'unusual-activity',
  'third-party-tools',
  'chatgpt-apps',
] as const;

export type CauseSlug = (typeof CAUSE_SLUGS)[number];

export const isCauseSlug = (value: unknown): value is CauseSlug =>
  typeof value === 'string' && (CAUSE_SLUGS as readonly string[]).includes(value);
