import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { causeSchema, faqSchema, messageSchema, otherSchema, preventSchema } from './build/content-schema';
import { OTHER_TOPICS } from './config/other-topics';
import { questionMeta } from './wizard/steps';
import type { TranslatedLocale } from './config/locales';
import { MESSAGE_STEP } from './wizard/tree';

/** A cause exists when its article file exists: `related` and `causes` fields are checked against this. */
const causeSlugs = readdirSync(new URL('../content/causes/', import.meta.url))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''));

const causes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/causes' }),
  schema: causeSchema(causeSlugs),
});

const faq = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/faq' }),
  schema: faqSchema(causeSlugs),
});

const prevent = defineCollection({
  loader: file('./content/prevent.yaml'),
  schema: preventSchema(causeSlugs),
});

const other = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/other' }),
  schema: otherSchema(),
});

/** The paste box continues the wizard with one of its message question's answers. */
const wizardAnswers = questionMeta(MESSAGE_STEP)?.answers.map((a) => a.id) ?? [];

const messages = defineCollection({
  loader: file('./content/messages.yaml'),
  schema: messageSchema([...causeSlugs, ...OTHER_TOPICS], wizardAnswers),
});

/**
 * A translation (`content/<locale>/`) of the causes, FAQ, checklist and "not a sign-in problem"
 * pages, checked by the English schemas: the same slugs, related causes and anchors. The catalog's
 * translated meanings are not read by pages yet (docs/i18n.md).
 */
function translated(locale: TranslatedLocale) {
  const base = `./content/${locale}`;
  return {
    causes: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/causes` }), schema: causeSchema(causeSlugs) }),
    faq: defineCollection({ loader: glob({ pattern: '*.md', base: `${base}/faq` }), schema: faqSchema(causeSlugs) }),
    prevent: defineCollection({ loader: file(`${base}/prevent.yaml`), schema: preventSchema(causeSlugs) }),
    other: defineCollection({ loader: glob({ pattern: '*.md', base: `${base}/other` }), schema: otherSchema() }),
  };
}
const es = translated('es');
const ja = translated('ja');

export const collections = {
  causes,
  faq,
  prevent,
  other,
  messages,
  causes_es: es.causes,
  faq_es: es.faq,
  prevent_es: es.prevent,
  other_es: es.other,
  causes_ja: ja.causes,
  faq_ja: ja.faq,
  prevent_ja: ja.prevent,
  other_ja: ja.other,
};
