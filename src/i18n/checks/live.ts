/**
 * The runner's and live checks' words of every language, for the build (`<ChecksConfig>` writes
 * the page's language into the page). Browser code never imports this file.
 */
import type { Locale } from '../../config/locales';
import { enLive, type LiveWords } from './en-live';
import { esLive } from './es-live';
import { jaLive } from './ja-live';

const LIVE: Readonly<Record<Locale, LiveWords>> = { en: enLive, es: esLive, ja: jaLive };

export const liveWordsIn = (locale: Locale): LiveWords => LIVE[locale];
