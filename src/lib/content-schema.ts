/**
 * Front-matter schemas for the content collections. Kept apart from `src/content.config.ts` so
 * tests can validate fixtures without running a build.
 */
import { z } from 'astro/zod';
import { CHECK_IDS } from '../config/checks';

/** Meta descriptions are cut at about this length by search engines and chat previews. */
export const SUMMARY_MAX = 160;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase-hyphenated slug');
const keywords = z.array(z.string().min(2)).min(3, 'list at least three words people really type');
const lastReviewed = z.coerce.date();

/** `causeSlugs`: the causes that exist, so `related` can only name real articles. */
export function causeSchema(causeSlugs: readonly string[]) {
  const existingCause = slug.refine((s) => causeSlugs.includes(s), {
    error: (issue) => `"${String(issue.input)}" is not a cause (known: ${causeSlugs.join(', ')})`,
  });
  return z.object({
    title: z.string().min(5),
    /** Short label for lists, breadcrumbs and the wizard ("Idle too long"). */
    label: z.string().min(3).max(40),
    summary: z.string().min(20).max(SUMMARY_MAX),
    order: z.number().int().min(1),
    symptoms: z.array(z.string().min(5)).min(2),
    related: z.array(existingCause).min(1),
    checks: z.array(z.enum(CHECK_IDS)),
    lastReviewed,
    keywords,
  });
}

export function faqSchema(causeSlugs: readonly string[]) {
  return z.object({
    question: z.string().min(8).endsWith('?'),
    summary: z.string().min(20).max(SUMMARY_MAX),
    order: z.number().int().min(1),
    /** Shown on the home page among "most asked". */
    mostAsked: z.boolean().default(false),
    causes: z.array(
      slug.refine((s) => causeSlugs.includes(s), {
        error: (issue) => `"${String(issue.input)}" is not a cause`,
      }),
    ),
    lastReviewed,
    keywords,
  });
}

export function preventSchema(causeSlugs: readonly string[]) {
  return z.object({
    id: slug,
    action: z.string().min(5),
    why: z.string().min(20),
    cause: slug.refine((s) => causeSlugs.includes(s), {
      error: (issue) => `"${String(issue.input)}" is not a cause`,
    }),
    /** Section of the cause article to link to (a heading id). */
    anchor: slug.optional(),
  });
}
