/**
 * The languages the help center is written in. English is the source and lives at the root;
 * every other language mirrors it under its own prefix (`/es/causes/clock-skew/#fix-it-now`), with
 * the same slugs, step ids and section ids, so a support link differs only by its prefix.
 * Translations live in `content/<locale>/`, mirroring `content/`.
 */
export const DEFAULT_LOCALE = 'en';
export const TRANSLATED_LOCALES = ['es', 'ja'] as const;
export const LOCALES = [DEFAULT_LOCALE, ...TRANSLATED_LOCALES] as const;

export type Locale = (typeof LOCALES)[number];
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** The name of each language in itself, for the language switcher. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', es: 'Español', ja: '日本語' };

/**
 * The parts of the site (first path segment; '' is the home page) that exist in every language
 * today. Translated articles already link to `/<locale>/check/` and the like; until those pages
 * exist, the build sends such links to the English page (src/build/untranslated-links.ts).
 * Add a section here when its `[locale]` pages are built.
 */
export const TRANSLATED_SECTIONS: readonly string[] = [
  '',
  'causes',
  'faq',
  'prevent',
  'other',
  'search',
  'check',
  'messages',
  'answers',
  'report',
  'diagnose',
];
