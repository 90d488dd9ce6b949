/**
 * Markdown (Sätteri hast) plugin: a translated article's link into a part of the site that has no
 * page in that language yet (`/ja/check/#check-clock`) goes to the English page instead
 * (`/check/#check-clock`), so the translations can already say where they mean to link and no
 * link is broken meanwhile. Which parts are translated: TRANSLATED_SECTIONS in src/config/locales.ts.
 */
import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import { DEFAULT_LOCALE, TRANSLATED_SECTIONS } from '../config/locales';
import { localeOfPath, unlocalizedPath } from '../common/locale-path';

type HastPluginEntry = SatteriResolvedOptions['hastPlugins'][number];

/** `href` as it should be built: unchanged unless it points into an untranslated section. */
export function availableHref(href: string, sections: readonly string[] = TRANSLATED_SECTIONS): string {
  if (!href.startsWith('/') || localeOfPath(href) === DEFAULT_LOCALE) return href;
  const english = unlocalizedPath(href);
  const section = english.split(/[/?#]/)[1] ?? '';
  return sections.includes(section) ? href : english;
}

export const untranslatedLinks: HastPluginEntry = () => ({
  name: 'untranslated-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.href;
      if (typeof href === 'string' && availableHref(href) !== href) ctx.setProperty(node, 'href', availableHref(href));
    },
  },
});
