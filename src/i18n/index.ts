/**
 * The interface words of each language (`src/i18n/<locale>.ts`). Each translation `satisfies` the
 * English dictionary's type, so a missing or extra key fails `astro check`.
 */
import type { Locale } from '../config/locales';
import { en, type Dictionary } from './en';
import { es } from './es';
import { ja } from './ja';

const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = { en, es, ja };

export type { Dictionary };

/** The interface words for `locale`. */
export function dictionary(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}
