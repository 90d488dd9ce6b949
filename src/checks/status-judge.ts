/**
 * What a status feed means for someone signed out of the product: only the product's own
 * components count (site config `statusApi.components` and `group`). An incident elsewhere is
 * said plainly and is not the visitor's problem; an incident the feed does not tie to any
 * component is "cannot tell" unless the feed shows the product's components working.
 */
import type { StatusApiConfig } from '../config/site';
import { IMPACTS, type Impact, type StatusEvent, type StatusFeed } from './status-feed';
import type { CheckLink, CheckResult, CheckStatus } from './types';
import { humanDuration } from '../common/time-words';
import { result } from './util';

export interface StatusWords {
  readonly product: string;
  readonly maker: string;
  readonly statusLink: CheckLink;
}

const names = (events: readonly StatusEvent[]): string =>
  events
    .slice(0, 3)
    .map((e) => `“${e.name}”`)
    .join(', ') + (events.length > 3 ? ` and ${events.length - 3} more` : '');

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
    what: unplaced.length + others.length ? 'an incident' : 'a problem',
  };
}

/** Status, summary and what it means for the visitor, from the sorted feed. */
function verdict(sorted: ReturnType<typeof sortFeed>, { product, maker }: StatusWords): [CheckStatus, string, string] {
  const { impact, cannotTell, elsewhere, what } = sorted;
  if (impact === 'degraded')
    return [
      'warning',
      `${product} reports degraded performance right now.`,
      'Slow or failing requests can sign people out. If yours started at the same time, this is the likely cause.',
    ];
  if (impact !== 'ok')
    return [
      'problem',
      impact === 'maintenance'
        ? `${product} is under maintenance right now.`
        : `${product} has ${impact === 'full' ? 'an outage' : 'a partial outage'} right now.`,
      'When a service is down, web apps commonly lose sessions, and nothing in your browser fixes that. Wait until it is resolved, then sign in again.',
    ];
  if (cannotTell)
    return [
      'warning',
      `${maker} reports ${what}, but not which services it affects.`,
      `Open the status page: if ${product} is named there and your problem started at the same time, this is the likely cause.`,
    ];
  return [
    'ok',
    elsewhere
      ? `${maker} reports ${what} with other services; ${product} is not listed.`
      : `${product} reports no incident or maintenance right now.`,
    `${elsewhere ? `None of it names ${product}, so a` : 'A'} problem on their side is unlikely to be what signed you out.`,
  ];
}

export function judgeStatus(feed: StatusFeed, api: Api, words: StatusWords, now: number): CheckResult {
  const sorted = sortFeed(feed, api);
  const { shown, next } = sorted;
  const [status, summary, meaning] = verdict(sorted, words);
  const lists = shown.length ? `The status page lists ${names(shown)}. ` : '';
  const later = next
    ? ` Planned maintenance: ${names([next])}${next.startsAt ? `, starting in about ${humanDuration(Math.max(0, next.startsAt - now))}` : ''}.`
    : '';
  const links = [...shown.flatMap((e) => (e.url ? [{ label: e.name, href: e.url }] : [])).slice(0, 4), words.statusLink];
  return result('service-status', status, summary, `${lists}${meaning}${later}`, status === 'ok' ? [] : ['server-maintenance'], {
    links,
  });
}
