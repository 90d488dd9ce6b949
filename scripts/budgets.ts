/** Page-weight budgets from SPEC.md, in gzip bytes. Shared by the size test and `npm run bench`. */
export const KB = 1024;

export const BUDGETS = {
  /** HTML + CSS needed for first render, any page. */
  firstRender: 14 * KB,
  /** JavaScript an article (or any reading page) loads before search is opened. */
  readingJs: 10 * KB,
  /** JavaScript of the wizard and check pages, XState included. */
  interactiveJs: 35 * KB,
} as const;

/** Pages allowed the larger interactive JavaScript budget. */
export const isInteractivePage = (path: string): boolean => /^\/(diagnose|check|report)\//.test(path);
