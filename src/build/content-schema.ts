/**
 * Front-matter schemas for the content collections. Kept apart from `src/content.config.ts` so
 * tests can validate fixtures without running a build.
 */
import { z } from 'astro/zod';
import { CHECK_IDS } from '../config/checks';
import { MESSAGE_GROUP_IDS, MESSAGE_PLACE_IDS } from '../config/messages';

/** Meta descriptions are cut at about this length by search engines and chat previews. */
const SUMMARY_MAX = 160;
/** "Try this first" holds at most this many steps: it must fit the first phone screen. */
const TRY_FIRST_MAX = 3;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase-hyphenated slug');
const keywords = z.array(z.string().min(2)).min(3, 'list at least three words people really type');
const lastReviewed = z.coerce.date();

/** One slug from a fixed list, with an error that names the bad value and the known ones. */
const oneOf = (known: readonly string[], what: string) =>
  slug.refine((s) => known.includes(s), {
    error: (issue) => `"${String(issue.input)}" is not ${what} (known: ${known.join(', ')})`,
  });

/**
 * A primary source a page relies on: the vendor's help page, documentation or a public report.
 * `url` is an https address, or a path on this site for claims about the help center itself.
 */
const sourceSchema = z.object({
  title: z.string().min(3, 'give the source a title people recognise'),
  url: z.string().refine((u) => /^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/.test(u) || /^\/[^\s]*$/.test(u), {
    error: (issue) => `"${String(issue.input)}" is not an https:// address or a path on this site`,
  }),
});
export type Source = z.infer<typeof sourceSchema>;

const sources = z.array(sourceSchema, { error: 'list the sources this page relies on (title + url)' }).min(1, 'list at least one source');

/** `causeSlugs`: the causes that exist, so `related` can only name real articles. */
export function causeSchema(causeSlugs: readonly string[]) {
  return z.object({
    title: z.string().min(5),
    /** Short label for lists, breadcrumbs and the wizard ("Idle too long"). */
    label: z.string().min(3).max(40),
    summary: z.string().min(20).max(SUMMARY_MAX),
    order: z.number().int().min(1),
    /** "Try this first": the safest quick steps, shown before everything else (plain text). */
    tryFirst: z.array(z.string().min(5).max(160)).min(1).max(TRY_FIRST_MAX, `at most ${TRY_FIRST_MAX} steps`),
    symptoms: z.array(z.string().min(5)).min(2),
    related: z.array(oneOf(causeSlugs, 'a cause')).min(1),
    checks: z.array(z.enum(CHECK_IDS)),
    lastReviewed,
    keywords,
    sources,
  });
}

export function faqSchema(causeSlugs: readonly string[]) {
  return z.object({
    question: z
      .string()
      .min(8)
      .regex(/[?？]$/, 'a question ends with a question mark'),
    summary: z.string().min(20).max(SUMMARY_MAX),
    order: z.number().int().min(1),
    /** Shown on the home page among "most asked". */
    mostAsked: z.boolean().default(false),
    causes: z.array(oneOf(causeSlugs, 'a cause')),
    lastReviewed,
    keywords,
    sources,
  });
}

export function preventSchema(causeSlugs: readonly string[]) {
  return z.object({
    id: slug,
    action: z.string().min(5),
    why: z.string().min(20),
    cause: oneOf(causeSlugs, 'a cause'),
    /** Section of the cause article to link to (a heading id). */
    anchor: slug.optional(),
  });
}

/** A "not a sign-in problem" page (`content/other/<topic>.md`). */
export function otherSchema() {
  return z.object({
    title: z.string().min(5),
    label: z.string().min(3).max(40),
    summary: z.string().min(20).max(SUMMARY_MAX),
    order: z.number().int().min(1),
    lastReviewed,
    keywords,
    sources,
  });
}

/**
 * One entry of the message catalog (`content/messages.yaml`). `answer` is a cause slug or a
 * "not a sign-in problem" topic; `wizard`, when given, is the answer to the wizard's first
 * question that this message means (the paste box continues the wizard there).
 */
export function messageSchema(answers: readonly string[], wizardAnswers: readonly string[]) {
  return z.object({
    id: slug,
    /** Word for word, as people see it. */
    message: z.string().min(3),
    /** Other wordings of the same message seen in reports (older versions, other places). */
    variants: z.array(z.string().min(3)).default([]),
    where: z.array(z.enum(MESSAGE_PLACE_IDS)).min(1),
    group: z.enum(MESSAGE_GROUP_IDS),
    /** What it means, in one or two plain sentences. */
    meaning: z.string().min(20).max(320),
    answer: oneOf(answers, 'a cause or a /other/ topic'),
    wizard: oneOf(wizardAnswers, 'an answer to the wizard’s first question').optional(),
    sources,
  });
}
