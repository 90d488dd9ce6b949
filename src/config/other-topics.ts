/**
 * "Not a sign-in problem" topics (`/other/<topic>/`): messages that look like a session problem
 * but are not one. Each has a page in `content/other/<topic>.md`; a content test keeps the two
 * lists identical. Slugs are part of the URL contract, like the cause slugs.
 */
export const OTHER_TOPICS = ['service-errors', 'rate-limits', 'file-sessions', 'conversation-missing', 'account-access'] as const;

export type OtherTopic = (typeof OTHER_TOPICS)[number];

export const isOtherTopic = (value: unknown): value is OtherTopic =>
  typeof value === 'string' && (OTHER_TOPICS as readonly string[]).includes(value);
