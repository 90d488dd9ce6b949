/** One built page for each page type (see scripts/page-types.ts), as [type, path] rows for it.each. */
import { pageTypes as pageTypesIn } from '../../scripts/page-types';
import { localeOfPath } from '../../src/common/locale-path';
import type { Locale } from '../../src/config/locales';
import { DIST } from './dist';

/**
 * Every page type in `languages` (all by default). Spanish and Japanese pages come from the same
 * components and scripts; a test whose result depends on layout and scripts rather than on words
 * can take English and Japanese, the language whose text differs most from English.
 */
export const pageTypes = (languages?: readonly Locale[]): [type: string, path: string][] =>
  pageTypesIn(DIST)
    .filter((p) => !languages || languages.includes(localeOfPath(p.path)))
    .map((p) => [p.type, p.path]);
