/** /check/'s own words in every language, for the build (the page writes its language's `browser` part into itself). */
import type { Locale } from '../../config/locales';
import { pageEn, type CheckPageWords } from './page-en';
import { pageEs } from './page-es';
import { pageJa } from './page-ja';

const PAGES: Readonly<Record<Locale, CheckPageWords>> = { en: pageEn, es: pageEs, ja: pageJa };

export const checkPageWords = (locale: Locale): CheckPageWords => PAGES[locale];
