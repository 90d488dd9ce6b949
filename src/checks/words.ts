/**
 * The checks' sentences in the page's language. The runner's and the live checks' words
 * (src/i18n/checks/<locale>-live.ts) come with the page as JSON (`<ChecksConfig>`, read by
 * browser-env.ts); without it (Node tests) the English ones load from the bundle. The words of the
 * checks only /check/ runs (<locale>-more.ts) load lazily, the page's language only. A check
 * loads its words once it has measured, so words never hold up a measurement.
 */
import type { Locale } from '../config/locales';
import type { LiveWords } from '../i18n/checks/en-live';
import type { MoreWords } from '../i18n/checks/en-more';
import type { CheckEnv } from './env';

const MORE: Readonly<Record<Locale, () => Promise<MoreWords>>> = {
  en: async () => (await import('../i18n/checks/en-more')).enMore,
  es: async () => (await import('../i18n/checks/es-more')).esMore,
  ja: async () => (await import('../i18n/checks/ja-more')).jaMore,
};

/** The runner's and the wizard's checks' words in the env's language (English by default). */
export const liveWords = async (env: Pick<CheckEnv, 'liveWords'>): Promise<LiveWords> =>
  env.liveWords ?? (await import('../i18n/checks/en-live')).enLive;

/** The words of the checks only /check/ runs, in the env's language. */
export const moreWords = (env: Pick<CheckEnv, 'locale'>): Promise<MoreWords> => MORE[env.locale ?? 'en']();
