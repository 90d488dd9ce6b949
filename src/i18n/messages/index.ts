/** The message catalog's words in one language (./en.ts). */
import type { Locale } from '../../config/locales';
import { en, type CatalogWords } from './en';
import { es } from './es';
import { ja } from './ja';

const WORDS: Readonly<Record<Locale, CatalogWords>> = { en, es, ja };

export type { CatalogWords };
export const catalogWords = (locale: Locale): CatalogWords => WORDS[locale];
