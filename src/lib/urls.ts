/**
 * Permanent URLs of answers (the URL contract), in one place for build-time pages and browser code
 * alike. Pure: no content access, so the wizard, the checks and reports can import it.
 */
/** The section every cause article has for the fix (README, "Writing an article"). */
export const FIX_ANCHOR = 'fix-it-now';

export const causeUrl = (slug: string, anchor?: string): string => `/causes/${slug}/${anchor ? `#${anchor}` : ''}`;
export const faqUrl = (id: string): string => `/faq/#${id}`;
