/** The staff index's extra filter words per group in another language, loaded when the filter is first used. */
import type { APIRoute } from 'astro';
import { filterWordsByGroup, getStaffIndex } from '../../../build/staff-index';
import { translatedLocaleParams } from '../../../common/locale-path';
import type { TranslatedLocale } from '../../../config/locales';

export const getStaticPaths = () => translatedLocaleParams();

export const GET: APIRoute = async ({ params }) =>
  Response.json(filterWordsByGroup(await getStaffIndex(params.locale as TranslatedLocale)));
