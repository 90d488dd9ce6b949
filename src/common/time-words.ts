/**
 * Dates and durations in words, the same everywhere: the checks, /check/, /report/, report text
 * and the build's review dates. Pure; fixed 'en-GB' wording except `localDateTime`, which speaks
 * the visitor's own locale on purpose.
 */

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "15 minutes", "2 hours", "40 seconds" — rounded for people. */
export function humanDuration(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 90) return plural(s, 'second');
  const m = Math.round(s / 60);
  if (m < 90) return plural(m, 'minute');
  const h = Math.round(m / 60);
  if (h < 36) return plural(h, 'hour');
  return plural(Math.round(h / 24), 'day');
}

/** "27 November 2026" (UTC, so the build machine's or visitor's zone cannot shift the day). */
export const dateWords = (ms: number | Date): string =>
  new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "27 November 2026, 14:05 UTC" (ICU may join date and time with " at ") */
export const utcDateTimeWords = (ms: number): string =>
  `${new Date(ms).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;

/** "27 November, 14:05" in the device's time zone (a moment the visitor lived through). */
export const localDayTimeWords = (ms: number): string =>
  new Date(ms).toLocaleString('en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** The moment in the visitor's own language and time zone, e.g. "November 27, 2026 at 2:05 PM". */
export const localDateTime = (ms: number): string => new Date(ms).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
