/** The words of a report in one language (./en.ts): the build writes the page's language into it. */
import type { Locale } from '../../config/locales';
import { en, enPage, type ReportPageText, type ReportText } from './en';
import { es, esPage } from './es';
import { ja, jaPage } from './ja';

const TEXTS: Readonly<Record<Locale, ReportText>> = { en, es, ja };
const PAGES: Readonly<Record<Locale, ReportPageText>> = { en: enPage, es: esPage, ja: jaPage };

export type { ReportPageText, ReportText };
/** The report's words (the page's script gets these as JSON). */
export const reportText = (locale: Locale): ReportText => TEXTS[locale];
/** The report page's own words (build time only). */
export const reportPageText = (locale: Locale): ReportPageText => PAGES[locale];
