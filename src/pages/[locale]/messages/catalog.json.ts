/** The message catalog for the matcher on a page in another language: the same wordings, answers in that language. */
import type { APIRoute } from 'astro';
import { translatedLocaleParams } from '../../../common/locale-path';
import type { TranslatedLocale } from '../../../config/locales';
import { catalogJsonIn } from '../../../build/message-meanings';

export const getStaticPaths = () => translatedLocaleParams();

export const GET: APIRoute = async ({ params }) => Response.json(await catalogJsonIn(params.locale as TranslatedLocale));
