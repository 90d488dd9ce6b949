/**
 * Dates and durations in words, the same everywhere: the checks, /check/, /report/, report text
 * and the build's review dates. Pure. Every function takes the page's language (English by
 * default). English keeps its fixed 'en-GB' wording and its own plurals; other languages use
 * `Intl` (ICU's unit and date words), so there is no word table to keep. `localDateTime` speaks
 * the visitor's own locale on purpose unless a language is given.
 */
import type { Locale } from '../config/locales';

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The units durations and ages are said in. */
export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

/** The date locale per language: English stays 'en-GB' ("27 November 2026"). */
const dateLocale = (locale: Locale): string => (locale === 'en' ? 'en-GB' : locale);

/**
 * "3 months", "3 meses", "3か月". Japanese writes a number and its unit without a space (ICU puts
 * one in), as Japanese help pages do.
 */
export function unitWords(n: number, unit: TimeUnit, locale: Locale = 'en'): string {
  if (locale === 'en') return plural(n, unit);
  const words = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
  return locale === 'ja' ? words.replace(/(\d)\s+/u, '$1') : words;
}

/** "15 minutes", "2 hours", "40 seconds" — rounded for people. */
export function humanDuration(ms: number, locale: Locale = 'en'): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 90) return unitWords(s, 'second', locale);
  const m = Math.round(s / 60);
  if (m < 90) return unitWords(m, 'minute', locale);
  const h = Math.round(m / 60);
  if (h < 36) return unitWords(h, 'hour', locale);
  return unitWords(Math.round(h / 24), 'day', locale);
}

/** "27 November 2026" (UTC, so the build machine's or visitor's zone cannot shift the day). */
export const dateWords = (ms: number | Date, locale: Locale = 'en'): string =>
  new Date(ms).toLocaleDateString(dateLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "27 November 2026, 14:05 UTC" (ICU may join date and time with " at ") */
export const utcDateTimeWords = (ms: number, locale: Locale = 'en'): string =>
  `${new Date(ms).toLocaleString(dateLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;

/** "27 November, 14:05" in the device's time zone (a moment the visitor lived through). */
export const localDayTimeWords = (ms: number, locale: Locale = 'en'): string =>
  new Date(ms).toLocaleString(dateLocale(locale), { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * The moment in the visitor's own language and time zone, e.g. "November 27, 2026 at 2:05 PM";
 * given a page language, in that language instead (a Spanish page says it in Spanish).
 */
export const localDateTime = (ms: number, locale?: Locale): string =>
  new Date(ms).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' });
