/**
 * Platforms that articles give step-by-step settings paths for, in display order. The first seven
 * are required in every `<BrowserSteps>` block (a block where one does not apply says so in one
 * line); the ChatGPT apps are added where they apply.
 */
export const BROWSERS = {
  chrome: 'Chrome on a computer',
  edge: 'Microsoft Edge',
  firefox: 'Firefox',
  safari: 'Safari on Mac',
  'safari-ios': 'Safari on iPhone or iPad',
  'chrome-android': 'Chrome on Android',
  samsung: 'Samsung Internet',
  'chatgpt-app': 'ChatGPT apps',
} as const;

export type BrowserFamily = keyof typeof BROWSERS;
export const BROWSER_FAMILIES = Object.keys(BROWSERS) as BrowserFamily[];
/** Every `<BrowserSteps>` block must have these panels. */
export const REQUIRED_BROWSERS: readonly BrowserFamily[] = BROWSER_FAMILIES.filter((b) => b !== 'chatgpt-app');
