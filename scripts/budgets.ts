/** Page-weight budgets from the product contract, in gzip bytes. Shared by the size tests and `npm run bench`. */
// A leaf module (no imports of its own), so `node scripts/bench.ts` can load it as it is.
import { TRANSLATED_LOCALES } from '../src/config/locales.ts';

export const KB = 1024;

export const BUDGETS = {
  /**
   * HTML + CSS for first render, any page: the CSS and the HTML before the first element drawn
   * below the first screen (scripts/first-render.ts), at a 390 × 844 phone and a desktop screen.
   */
  firstRender: 14 * KB,
  /**
   * The whole HTML + CSS of a page: a page a visitor reads arrives in one round trip as well.
   * Pages that list every answer or message grow with the content; they have their own ceiling.
   */
  wholePage: 14 * KB,
  wholeIndexPage: 40 * KB,
  /** JavaScript an article (or any reading page) loads before search is opened. */
  readingJs: 10 * KB,
  /** JavaScript of the wizard and check pages, XState included. */
  interactiveJs: 35 * KB,
} as const;

/** Screens the first-render budget is measured on: the phone of the contract, and a laptop. */
export const FIRST_SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** Pages allowed the larger interactive JavaScript budget. */
export const isInteractivePage = (path: string): boolean =>
  /^\/(diagnose|check|report)\//.test(TRANSLATED_LOCALES.some((l) => path.startsWith(`/${l}/`)) ? path.slice(path.indexOf('/', 1)) : path);
/** Pages that list every answer of a kind: the FAQ, the message catalog and the staff index. */
export const INDEX_PAGES: readonly string[] = ['/faq/', '/messages/', '/answers/'];
/** The same page in another language (`/ja/faq/`) lists just as much. */
export const isIndexPage = (path: string): boolean =>
  INDEX_PAGES.includes(path) || TRANSLATED_LOCALES.some((l) => path.startsWith(`/${l}/`) && INDEX_PAGES.includes(path.slice(l.length + 1)));
