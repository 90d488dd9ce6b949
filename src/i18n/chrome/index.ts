/**
 * The language chrome's words per language (`src/i18n/chrome/<locale>.ts`), each typed against
 * the English words, so a missing or extra key fails `astro check`.
 */
import type { Locale } from '../../config/locales';
import { en, type ChromeWords } from './en';
import { es } from './es';
import { ja } from './ja';

const WORDS: Readonly<Record<Locale, ChromeWords>> = { en, es, ja };

export type { ChromeWords };

/** The language chrome's words in `locale`. */
export const chromeWords = (locale: Locale): ChromeWords => WORDS[locale];
