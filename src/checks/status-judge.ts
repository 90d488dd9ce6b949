/**
 * What a status feed means for someone signed out of the product: only the product's own
 * components count (site config `statusApi.components` and `group`). An incident elsewhere is
 * said plainly and is not the visitor's problem; an incident the feed does not tie to any
 * component is "cannot tell" unless the feed shows the product's components working.
 */
import type { StatusApiConfig } from '../config/site';
import { IMPACTS, type Impact, type StatusEvent, type StatusFeed } from './status-feed';
import type { LiveWords } from '../i18n/checks/en-live';
import type { CheckLink, CheckResult, CheckStatus } from './types';
import { humanDuration } from '../common/time-words';
import type { Locale } from '../config/locales';
import { result } from './util';
import { fill } from '../common/fill';

export interface StatusWords {
  readonly product: string;
  readonly maker: string;
  readonly statusLink: CheckLink;
  /** The sentences, in the page's language. */
  readonly text: LiveWords['status'];
  readonly locale: Locale;
}

const names = (events: readonly StatusEvent[], w: StatusWords['text']): string =>
  events
    .slice(0, 3)
    .map((e) => fill(w.quoted, { name: e.name }))
    .join(w.nameJoin) + (events.length > 3 ? fill(w.andMore, { count: events.length - 3 }) : '');

type Api = Pick<StatusApiConfig, 'components' | 'group'>;

/** The feed sorted by whose it is: the product's events and component states, and everyone else's. */
function sortFeed(feed: StatusFeed, api: Api) {
  const ours = (e: StatusEvent) => e.affects.some((a) => a === api.group || api.components.some((c) => c.id === a));
  const mine = feed.now.filter(ours);
  const unplaced = feed.now.filter((e) => !e.affects.length);
  const others = feed.now.filter((e) => e.affects.length && !ours(e));
  const listed = api.components.flatMap((c) => feed.components[c.id] ?? []);
  const impact: Impact = IMPACTS.find((i) => [...mine.map((e) => e.impact), ...listed].includes(i)) ?? 'ok';
  const trouble = (i: Impact | undefined) => i !== undefined && i !== 'ok';
  return {
    impact,
    shown: impact !== 'ok' ? mine : [...unplaced, ...others],
    next: feed.upcoming.find((e) => ours(e) || !e.affects.length),
    // Only the product's components were listed, and they work: what else is open is someone else's.
    cannotTell: impact === 'ok' && !listed.length && (unplaced.length > 0 || trouble(feed.overall)),
    elsewhere: others.length + unplaced.length > 0 || Object.values(feed.components).some(trouble) || trouble(feed.overall),
    incident: unplaced.length + others.length > 0,
  };
}

/** Status, summary and what it means for the visitor, from the sorted feed. */
function verdict(sorted: ReturnType<typeof sortFeed>, { product, maker, text: w }: StatusWords): [CheckStatus, string, string] {
  const { impact, cannotTell, elsewhere, incident } = sorted;
  const values = { product, maker, what: incident ? w.anIncident : w.aProblem };
  const say = (template: string) => fill(template, values);
  if (impact === 'degraded') return ['warning', say(w.degradedSummary), w.degradedMeaning];
  if (impact !== 'ok') {
    const down = impact === 'maintenance' ? w.maintenanceSummary : impact === 'full' ? w.outageSummary : w.partialOutageSummary;
    return ['problem', say(down), w.downMeaning];
  }
  if (cannotTell) return ['warning', say(w.cannotTellSummary), say(w.cannotTellMeaning)];
  return ['ok', say(elsewhere ? w.elsewhereSummary : w.clearSummary), elsewhere ? say(w.okMeaningElsewhere) : w.okMeaning];
}

export function judgeStatus(feed: StatusFeed, api: Api, words: StatusWords, now: number): CheckResult {
  const sorted = sortFeed(feed, api);
  const { shown, next } = sorted;
  const [status, summary, meaning] = verdict(sorted, words);
  const w = words.text;
  const lists = shown.length ? fill(w.lists, { names: names(shown, w) }) : '';
  const starts = next?.startsAt ? fill(w.startsIn, { duration: humanDuration(Math.max(0, next.startsAt - now), words.locale) }) : '';
  const later = next ? fill(w.planned, { names: names([next], w), starts }) : '';
  const links = [...shown.flatMap((e) => (e.url ? [{ label: e.name, href: e.url }] : [])).slice(0, 4), words.statusLink];
  return result('service-status', status, summary, `${lists}${meaning}${later}`, status === 'ok' ? [] : ['server-maintenance'], {
    links,
  });
}
