import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { causeSchema, faqSchema, messageSchema, otherSchema, preventSchema } from './build/content-schema';
import { OTHER_TOPICS } from './config/other-topics';
import { questionMeta } from './wizard/steps';
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

export const collections = { causes, faq, prevent, other, messages };
