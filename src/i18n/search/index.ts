/**
 * Search's interface words per language (`src/i18n/search/<locale>.ts`), each typed against the
 * English words, so a missing or extra key fails `astro check`.
 */
import type { Locale } from '../../config/locales';
import { en, type SearchWords } from './en';
import { es } from './es';
import { ja } from './ja';

const WORDS: Readonly<Record<Locale, SearchWords>> = { en, es, ja };

export type { SearchWords };

/** Search's words for `locale`. */
export const searchWords = (locale: Locale): SearchWords => WORDS[locale];
