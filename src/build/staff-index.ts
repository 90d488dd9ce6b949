/**
 * The staff index (served at /answers/): every page and section a support agent may link to in a
 * ticket reply, grouped. Each entry has a title, a one-line summary, its permanent path and a
 * ready reply sentence. A new kind of linkable page joins as one more group: build an
 * `IndexGroup` and add it in `getStaffIndex`.
 */
import { render } from 'astro:content';
import { REPLIES, SECTION_SUMMARIES } from '../config/staff-index';
import { isArticleSection } from '../config/article-sections';
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
import { wizardResults } from '../wizard/results';
import { CHECK_PATH, DIAGNOSE_PATH } from '../common/urls';

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
async function sectionEntries(article: Cause | OtherPage, title: string, url: (anchor: string) => string): Promise<IndexEntry[]> {
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
      const fixed = isArticleSection(h.slug) ? SECTION_SUMMARIES[h.slug] : undefined;
      const text = textOf(h.text);
      const fixedReply = isArticleSection(h.slug) ? REPLIES.fixedSection[h.slug] : undefined;
      return {
        kind: 'section',
        title: h.text,
        summary: fixed ?? (text ? firstSentence(text) : `Part of “${title}”.`),
        path: url(h.slug),
        reply: fixedReply ? fixedReply(title) : REPLIES.section(h.text, title),
        level: h.depth === 2 ? 1 : 2,
      };
    });
}

async function causeGroup(cause: Cause): Promise<IndexGroup> {
  const { title, label, summary, keywords } = cause.data;
  return {
    id: `cause-${cause.id}`,
    title: label,
    keywords,
    entries: [
      { kind: 'cause', title, summary, path: causeUrl(cause.id), reply: REPLIES.cause(title), level: 0 },
      ...(await sectionEntries(cause, title, (anchor) => causeUrl(cause.id, anchor))),
    ],
  };
}

/** The "not a sign-in problem" pages, each with its sections. */
async function otherGroup(): Promise<IndexGroup> {
  const pages = await getOtherPages();
  const entries: IndexEntry[] = [];
  for (const page of pages) {
    const { title, summary } = page.data;
    entries.push({ kind: 'other', title, summary, path: otherUrl(page.id), reply: REPLIES.other(title), level: 0 });
    entries.push(...(await sectionEntries(page, title, (anchor) => `${otherUrl(page.id)}#${anchor}`)));
  }
  return { id: 'other', title: 'Not a sign-in problem', keywords: pages.flatMap((p) => p.data.keywords), entries };
}

/** Every catalog message: the catalog entry's link explains the message and leads to the page that fits it. */
async function messagesGroup(): Promise<IndexGroup> {
  const messages = await getMessages();
  const entries = messages.map((m): IndexEntry => ({
    kind: 'message',
    title: `“${m.data.message}”`,
    summary: firstSentence(m.data.meaning),
    path: messageUrl(m.id),
    reply: REPLIES.message(m.data.message),
    level: 0,
  }));
  return { id: 'messages', title: 'Messages, word for word', keywords: ['message', 'error', 'wording', 'exact'], entries };
}

async function faqGroup(): Promise<IndexGroup> {
  const faq = await getFaq();
  return {
    id: 'faq',
    title: 'Questions and answers',
    keywords: ['faq', 'question'],
    entries: faq.map((q) => ({
      kind: 'faq',
      title: q.data.question,
      summary: q.data.summary,
      path: faqUrl(q.id),
      reply: REPLIES.faq(q.data.question, q.data.summary),
      level: 0,
    })),
  };
}

async function checklistGroup(): Promise<IndexGroup> {
  const items = await getPreventItems();
  return {
    id: 'prevent',
    title: 'Prevention checklist',
    keywords: ['prevent', 'checklist', 'stop'],
    entries: [
      {
        kind: 'page',
        title: 'Prevention checklist',
        summary: 'The short list of settings and habits that prevent most sign-outs.',
        path: '/prevent/',
        reply: REPLIES.page('This short checklist stops most of these sign-outs:'),
        level: 0,
      },
      ...items.map((item): IndexEntry => ({
        kind: 'checklist',
        title: item.data.action,
        summary: firstSentence(item.data.why),
        path: `/prevent/#${item.data.id}`,
        reply: REPLIES.checklistItem(item.data.action),
        level: 1,
      })),
    ],
  };
}

/** The diagnosis wizard's outcomes: what a visitor who walked the questions ended on. */
function wizardGroup(): IndexGroup {
  return {
    id: 'wizard',
    title: 'Diagnosis results',
    keywords: ['diagnose', 'wizard', 'result'],
    entries: wizardResults().map((r) => ({
      kind: 'wizard-result',
      title: r.title,
      summary: r.summary,
      path: r.url,
      reply: REPLIES.wizardResult(r.title),
      level: 0,
    })),
  };
}

/** Pages that are tools rather than explanations, still worth a link in a reply. */
function toolsGroup(): IndexGroup {
  return {
    id: 'tools',
    title: 'Tools and overviews',
    keywords: ['tool'],
    entries: [
      {
        kind: 'page',
        title: 'Diagnose my problem',
        summary: 'A few questions that lead to the cause that fits, with live checks in the browser.',
        path: DIAGNOSE_PATH,
        reply: REPLIES.page('This short questionnaire finds the cause with you and checks your browser as it goes:'),
        level: 0,
      },
      {
        kind: 'page',
        title: 'Check my browser',
        summary: 'Live checks for cookies, storage, private mode, the clock, network, blockers and browser age.',
        path: CHECK_PATH,
        reply: REPLIES.page('This page checks your browser for the usual causes; nothing leaves your device:'),
        level: 0,
      },
      {
        kind: 'page',
        title: 'Every cause',
        summary: 'All the causes of the message, one line each.',
        path: '/causes/',
        reply: REPLIES.page('Here is every known cause, one line each:'),
        level: 0,
      },
    ],
  };
}

/** Every group of the staff index, in the order staff scan them: causes first. */
export async function getStaffIndex(): Promise<IndexGroup[]> {
  const causes = await getCauses();
  return [
    ...(await Promise.all(causes.map(causeGroup))),
    await otherGroup(),
    await messagesGroup(),
    await faqGroup(),
    await checklistGroup(),
    wizardGroup(),
    toolsGroup(),
  ];
}

/** Group id → the words the staff index filter matches for every entry of that group (lowercase). */
export function filterWordsByGroup(groups: readonly IndexGroup[]): Record<string, string> {
  return Object.fromEntries(groups.map((g) => [g.id, [g.title, ...g.keywords].join(' ').toLowerCase().replace(/\s+/g, ' ')]));
}
