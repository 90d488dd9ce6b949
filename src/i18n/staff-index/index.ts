/** The staff index's words in one language (./en.ts). */
import type { Locale } from '../../config/locales';
import { en, type StaffWords } from './en';
import { es } from './es';
import { ja } from './ja';

const WORDS: Readonly<Record<Locale, StaffWords>> = { en, es, ja };

export type { StaffWords };
export const staffWords = (locale: Locale): StaffWords => WORDS[locale];
