/**
 * The sections every cause article has, in this order. Their ids are in links support staff have
 * already pasted (`/causes/<slug>/#fix-it-now`), so they never change. A content test holds every
 * article to this list; the staff index describes each one (src/config/staff-index.ts).
 */
export const ARTICLE_SECTIONS = ['is-this-you', 'why-it-happens', 'fix-it-now', 'stop-it-happening-again', 'keep-your-work-safe'] as const;

export type ArticleSection = (typeof ARTICLE_SECTIONS)[number];

export const isArticleSection = (id: string): id is ArticleSection => (ARTICLE_SECTIONS as readonly string[]).includes(id);

/** The section with the steps: where a cause link from a check, a report or the wizard lands. */
export const FIX_SECTION: ArticleSection = 'fix-it-now';
