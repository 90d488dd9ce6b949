/**
 * Addresses in each language: English at the root, every other language under its own prefix
 * (`/causes/clock-skew/` → `/ja/causes/clock-skew/`), so a link differs only by its prefix.
 * Pure, like `urls.ts`; kept apart from it so the browser's page-kit chunk does not grow.
 */
import { DEFAULT_LOCALE, LOCALES, TRANSLATED_LOCALES, type Locale, type TranslatedLocale } from '../config/locales.ts';

/** `path` (a root-relative English address, hash allowed) in `locale`; English stays as it is. */
export const localizedPath = (locale: Locale, path: string): string => (locale === DEFAULT_LOCALE ? path : `/${locale}${path}`);

/** The language of a root-relative address, from its prefix. */
export function localeOfPath(path: string): Locale {
  const prefix = path.split('/')[1];
  return TRANSLATED_LOCALES.find((l) => l === prefix) ?? DEFAULT_LOCALE;
}

/** The English address of a page in any language: its prefix taken off. */
export function unlocalizedPath(path: string): string {
  const locale = localeOfPath(path);
  return locale === DEFAULT_LOCALE ? path : path.slice(locale.length + 1);
}

/** A page's address in every language, English first (for `hreflang` and the switcher). */
export const counterpartPaths = (path: string): ReadonlyArray<{ locale: Locale; path: string }> =>
  LOCALES.map((locale) => ({ locale, path: localizedPath(locale, unlocalizedPath(path)) }));

/** getStaticPaths entries for a `[locale]` page folder: one per translated language. */
export const translatedLocaleParams = (): Array<{ params: { locale: TranslatedLocale } }> =>
  TRANSLATED_LOCALES.map((locale) => ({ params: { locale } }));
