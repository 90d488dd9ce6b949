/** The wizard's words for report ids in a translated language (the same shape as /report/words.json). */
import type { APIRoute } from 'astro';
import { wizardWords } from '../../../report/wizard-words';
import { localWords } from '../../../i18n/wizard';
import { CAUSE_SLUGS, type CauseSlug } from '../../../config/causes';
import { causeLabelsIn } from '../../../build/content';
import { translatedLocaleParams } from '../../../common/locale-path';
import type { TranslatedLocale } from '../../../config/locales';

export const getStaticPaths = () => translatedLocaleParams();

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as TranslatedLocale;
  const label = await causeLabelsIn(locale);
  const causes = Object.fromEntries(CAUSE_SLUGS.map((s) => [s, label(s)])) as Record<CauseSlug, string>;
  return Response.json(wizardWords(localWords(locale, causes)));
};
