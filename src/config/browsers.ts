/** Browsers that articles give step-by-step settings paths for, in display order. */
export const BROWSERS = {
  chrome: 'Google Chrome',
  edge: 'Microsoft Edge',
  firefox: 'Mozilla Firefox',
  safari: 'Safari (Mac)',
} as const;

export type BrowserFamily = keyof typeof BROWSERS;
export const BROWSER_FAMILIES = Object.keys(BROWSERS) as BrowserFamily[];
