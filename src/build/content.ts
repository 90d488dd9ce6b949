/** Typed access to the content collections, in display order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { MESSAGE_GROUP_IDS } from '../config/messages';
import { isOtherTopic } from '../config/other-topics';
import { answerUrl } from '../common/message-match';
import { readCauseLabels, type CauseLabels } from './cause-labels';
import { dateWords } from '../common/time-words';
import { DEFAULT_LOCALE, type Locale, type TranslatedLocale } from '../config/locales';

/** A translated kind's collection is `<kind>_<locale>` (src/content.config.ts). */
type Translated<K extends string> = K | `${K}_${TranslatedLocale}`;
const collectionOf = <K extends string>(kind: K, locale: Locale): Translated<K> => (locale === DEFAULT_LOCALE ? kind : `${kind}_${locale}`);

export type Cause = CollectionEntry<Translated<'causes'>>;
export type FaqEntry = CollectionEntry<Translated<'faq'>>;
export type PreventItem = CollectionEntry<Translated<'prevent'>>;
export type OtherPage = CollectionEntry<Translated<'other'>>;
export type CatalogMessage = CollectionEntry<'messages'>;

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

export async function getCauses(locale: Locale = DEFAULT_LOCALE): Promise<Cause[]> {
  return (await getCollection(collectionOf('causes', locale))).sort(byOrder);
}

export async function getFaq(locale: Locale = DEFAULT_LOCALE): Promise<FaqEntry[]> {
  return (await getCollection(collectionOf('faq', locale))).sort(byOrder);
}

export async function getPreventItems(locale: Locale = DEFAULT_LOCALE): Promise<PreventItem[]> {
  return getCollection(collectionOf('prevent', locale));
}

export async function getOtherPages(locale: Locale = DEFAULT_LOCALE): Promise<OtherPage[]> {
  return (await getCollection(collectionOf('other', locale))).sort(byOrder);
}

/** Each cause's short name in `locale` (its article's `label`), for links that name a cause. */
export async function causeLabelsIn(locale: Locale): Promise<(slug: string) => string> {
  const labels = new Map((await getCauses(locale)).map((c) => [c.id, c.data.label]));
  return (slug) => labels.get(slug) ?? slug;
}

/**
 * Catalog messages, grouped in the order of MESSAGE_GROUPS, each group in the order of the file
 * (its writers put the most common message first; the content store itself sorts by id).
 */
export async function getMessages(): Promise<CatalogMessage[]> {
  const inFile = [...readFileSync(join(process.cwd(), 'content/messages.yaml'), 'utf8').matchAll(/^- id: *([\w-]+)/gm)].map((m) => m[1]);
  const all = (await getCollection('messages')).sort((a, b) => inFile.indexOf(a.id) - inFile.indexOf(b.id));
  return MESSAGE_GROUP_IDS.flatMap((g) => all.filter((m) => m.data.group === g));
}

/** Where a message's answer lives, and its short name, for links. */
export interface AnswerTarget {
  readonly href: string;
  readonly label: string;
}

/** The page that answers a cause slug or a "not a sign-in problem" topic. */
export async function answerTarget(answer: string): Promise<AnswerTarget> {
  const pages = isOtherTopic(answer) ? await getOtherPages() : await getCauses();
  return { href: answerUrl(answer), label: pages.find((p) => p.id === answer)?.data.label ?? answer };
}

let labels: CauseLabels | undefined;

/** Every cause's short name, from the articles' front matter (read once per build). */
export const causeLabels = (): CauseLabels => (labels ??= readCauseLabels());

/**
 * A cause's short name, from its article's front matter: the same table the wizard's results use
 * (`virtual:cause-labels`, src/build/cause-labels.ts). An unknown slug is shown as it is.
 */
export function causeLabel(slug: string): string {
  const all = causeLabels();
  return Object.hasOwn(all, slug) ? all[slug as keyof CauseLabels] : slug;
}

export { causeUrl, faqUrl, messageUrl, otherUrl } from '../common/urls';

/** A review date in the page's language, in UTC so the build machine's zone cannot shift it ("27 November 2026", "2026年11月27日"). */
export const formatDate = (date: Date, locale: Locale = DEFAULT_LOCALE): string => dateWords(date, locale);
