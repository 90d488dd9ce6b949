/**
 * The staff index (served at /answers/): every page and section a support agent may link to in a
 * ticket reply, grouped. Each entry has a title, a one-line summary, its permanent path and a
 * ready reply sentence. A new kind of linkable page joins as one more group: build an
 * `IndexGroup` and add it in `getStaffIndex`.
 */
import { render } from 'astro:content';
import { isArticleSection } from '../config/article-sections';
import { DEFAULT_LOCALE, type Locale } from '../config/locales';
import { staffWords, type StaffWords } from '../i18n/staff-index';
import { localizedPath } from '../common/locale-path';
import { isOtherTopic } from '../config/other-topics';
import { availableHref } from './untranslated-links';
import { meaningIn } from './message-meanings';
import {
  causeUrl,
  faqUrl,
  getCauses,
  getFaq,
  getMessages,
  getOtherPages,
  getPreventItems,
  messageUrl,
  otherUrl,
  type Cause,
  type OtherPage,
} from './content';
import { firstSentence, plainText, sectionTexts } from './section-text';
import { wizardResults, type WizardResultLink } from '../wizard/results';
import { CHECK_PATH, DIAGNOSE_PATH } from '../common/urls';

/**
 * What one language's index is built from: its words, and its address for an English path (the
 * English page where that part of the site has no page in the language yet).
 */
interface In {
  readonly locale: Locale;
  readonly w: StaffWords;
  readonly path: (englishPath: string) => string;
  readonly firstSentence: (text: string) => string;
}

/** Japanese ends sentences with 。！？ and has no spaces to cut at; its lines hold more per character. */
function firstJapaneseSentence(text: string, max = 100): string {
  const end = text.search(/[。！？]/);
  const sentence = end >= 0 ? text.slice(0, end + 1) : text;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1)}…`;
}

const inLocale = (locale: Locale): In => ({
  locale,
  w: staffWords(locale),
  path: (p) => availableHref(localizedPath(locale, p)),
  firstSentence: locale === 'ja' ? (t) => firstJapaneseSentence(t) : (t) => firstSentence(t),
});

type EntryKind = 'cause' | 'other' | 'section' | 'faq' | 'checklist' | 'message' | 'page' | 'wizard-result';

interface IndexEntry {
  readonly kind: EntryKind;
  readonly title: string;
  /** One line: what the reader finds behind the link. */
  readonly summary: string;
  /** Site path with anchor, e.g. `/causes/clock-skew/#fix-it-now`; the page adds the origin. */
  readonly path: string;
  /** Sentence that goes in front of the link in a ticket reply. */
  readonly reply: string;
  /** Nesting under the entry before it (article sections: 1 for h2, 2 for h3). */
  readonly level: 0 | 1 | 2;
}

export interface IndexGroup {
  /** Stable id, used for the group's heading anchor on /answers/. */
  readonly id: string;
  readonly title: string;
  /** Extra words the filter box matches for every entry of the group (a cause's keywords). */
  readonly keywords: readonly string[];
  readonly entries: readonly IndexEntry[];
}

/** The linkable sections of an article (h2/h3), each with a one-line summary and a reply. */
async function sectionEntries(l: In, article: Cause | OtherPage, title: string, url: (anchor: string) => string): Promise<IndexEntry[]> {
  const { headings } = await render(article);
  const texts = sectionTexts(article.body ?? '');
  // Pair each rendered heading with its source section by text, in order (headings may repeat).
  let from = 0;
  const textOf = (heading: string): string => {
    const at = texts.findIndex((t, i) => i >= from && plainText(t.heading) === heading);
    if (at < 0) return '';
    from = at + 1;
    return texts[at]!.firstText;
  };
  return headings
    .filter((h) => h.depth === 2 || h.depth === 3)
    .map((h): IndexEntry => {
      const fixed = isArticleSection(h.slug) ? l.w.sectionSummaries[h.slug] : undefined;
      const text = textOf(h.text);
      const fixedReply = isArticleSection(h.slug) ? l.w.replies.fixedSection[h.slug] : undefined;
      return {
        kind: 'section',
        title: h.text,
        summary: fixed ?? (text ? l.firstSentence(text) : l.w.partOf(title)),
        path: url(h.slug),
        reply: fixedReply ? fixedReply(title) : l.w.replies.section(h.text, title),
        level: h.depth === 2 ? 1 : 2,
      };
    });
}

async function causeGroup(l: In, cause: Cause): Promise<IndexGroup> {
  const { title, label, summary, keywords } = cause.data;
  return {
    id: `cause-${cause.id}`,
    title: label,
    keywords,
    entries: [
      { kind: 'cause', title, summary, path: l.path(causeUrl(cause.id)), reply: l.w.replies.cause(title), level: 0 },
      ...(await sectionEntries(l, cause, title, (anchor) => l.path(causeUrl(cause.id, anchor)))),
    ],
  };
}

/** The "not a sign-in problem" pages, each with its sections. */
async function otherGroup(l: In): Promise<IndexGroup> {
  const pages = await getOtherPages(l.locale);
  const entries: IndexEntry[] = [];
  for (const page of pages) {
    const { title, summary } = page.data;
    entries.push({ kind: 'other', title, summary, path: l.path(otherUrl(page.id)), reply: l.w.replies.other(title), level: 0 });
    entries.push(...(await sectionEntries(l, page, title, (anchor) => l.path(`${otherUrl(page.id)}#${anchor}`))));
  }
  return { id: 'other', title: l.w.groups.other, keywords: pages.flatMap((p) => p.data.keywords), entries };
}

/** Every catalog message: the catalog entry's link explains the message and leads to the page that fits it. */
async function messagesGroup(l: In): Promise<IndexGroup> {
  const messages = await getMessages();
  const entries = messages.map((m): IndexEntry => ({
    kind: 'message',
    title: `“${m.data.message}”`,
    summary: l.firstSentence(meaningIn(l.locale, m)),
    path: l.path(messageUrl(m.id)),
    reply: l.w.replies.message(m.data.message),
    level: 0,
  }));
  return { id: 'messages', title: l.w.groups.messages, keywords: l.w.keywords.messages, entries };
}

async function faqGroup(l: In): Promise<IndexGroup> {
  const faq = await getFaq(l.locale);
  return {
    id: 'faq',
    title: l.w.groups.faq,
    keywords: l.w.keywords.faq,
    entries: faq.map((q) => ({
      kind: 'faq',
      title: q.data.question,
      summary: q.data.summary,
      path: l.path(faqUrl(q.id)),
      reply: l.w.replies.faq(q.data.question, q.data.summary),
      level: 0,
    })),
  };
}

async function checklistGroup(l: In): Promise<IndexGroup> {
  const items = await getPreventItems(l.locale);
  return {
    id: 'prevent',
    title: l.w.checklist.title,
    keywords: l.w.keywords.prevent,
    entries: [
      { kind: 'page', ...l.w.checklist, path: l.path('/prevent/'), level: 0 },
      ...items.map((item): IndexEntry => ({
        kind: 'checklist',
        title: item.data.action,
        summary: l.firstSentence(item.data.why),
        path: l.path(`/prevent/#${item.data.id}`),
        reply: l.w.replies.checklistItem(item.data.action),
        level: 1,
      })),
    ],
  };
}

/** The diagnosis wizard's outcomes: what a visitor who walked the questions ended on. */
function wizardGroup(l: In, results: readonly WizardResultLink[]): IndexGroup {
  return {
    id: 'wizard',
    title: l.w.groups.wizard,
    keywords: l.w.keywords.wizard,
    entries: results.map((r) => ({
      kind: 'wizard-result',
      title: r.title,
      summary: r.summary,
      path: l.path(r.url),
      reply: l.w.replies.wizardResult(r.title),
      level: 0,
    })),
  };
}

/**
 * The wizard's outcomes named in `locale`: a cause or a "not a sign-in problem" topic by its page
 * in that language (title and summary), "no single cause" in the staff index's own words. English
 * keeps the wizard's own names.
 */
async function wizardResultsIn(l: In): Promise<WizardResultLink[]> {
  const results = wizardResults();
  if (l.locale === DEFAULT_LOCALE) return results;
  const pages = new Map([...(await getCauses(l.locale)), ...(await getOtherPages(l.locale))].map((p) => [p.id, p.data] as const));
  return results.map((r) => {
    const page = pages.get(r.id);
    const named = page ? { title: isOtherTopic(r.id) ? page.title : page.label, summary: page.summary } : l.w.unclear;
    return { ...r, ...named };
  });
}

/** Pages that are tools rather than explanations, still worth a link in a reply. */
function toolsGroup(l: In): IndexGroup {
  return {
    id: 'tools',
    title: l.w.groups.tools,
    keywords: l.w.keywords.tools,
    entries: [
      { kind: 'page', ...l.w.diagnose, path: l.path(DIAGNOSE_PATH), level: 0 },
      { kind: 'page', ...l.w.check, path: l.path(CHECK_PATH), level: 0 },
      { kind: 'page', ...l.w.causes, path: l.path('/causes/'), level: 0 },
    ],
  };
}

/** Every group of the staff index in `locale`, in the order staff scan them: causes first. */
export async function getStaffIndex(locale: Locale = DEFAULT_LOCALE): Promise<IndexGroup[]> {
  const l = inLocale(locale);
  const causes = await getCauses(locale);
  return [
    ...(await Promise.all(causes.map((c) => causeGroup(l, c)))),
    await otherGroup(l),
    await messagesGroup(l),
    await faqGroup(l),
    await checklistGroup(l),
    wizardGroup(l, await wizardResultsIn(l)),
    toolsGroup(l),
  ];
}

/** Group id → the words the staff index filter matches for every entry of that group (lowercase). */
export function filterWordsByGroup(groups: readonly IndexGroup[]): Record<string, string> {
  return Object.fromEntries(groups.map((g) => [g.id, [g.title, ...g.keywords].join(' ').toLowerCase().replace(/\s+/g, ' ')]));
}
