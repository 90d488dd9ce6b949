import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { causeSchema, faqSchema, preventSchema } from './lib/content-schema';

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

export const collections = { causes, faq, prevent };
