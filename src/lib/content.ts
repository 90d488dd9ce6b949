/** Typed access to the content collections, in display order. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Cause = CollectionEntry<'causes'>;
export type FaqEntry = CollectionEntry<'faq'>;
export type PreventItem = CollectionEntry<'prevent'>;

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

export async function getCauses(): Promise<Cause[]> {
  return (await getCollection('causes')).sort(byOrder);
}

export async function getFaq(): Promise<FaqEntry[]> {
  return (await getCollection('faq')).sort(byOrder);
}

export async function getPreventItems(): Promise<PreventItem[]> {
  return getCollection('prevent');
}

export { causeUrl, faqUrl } from './urls';

/** Format a review date the same way everywhere (and in UTC, so the build machine's zone can't shift it). */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
