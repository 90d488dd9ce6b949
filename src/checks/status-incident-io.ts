/**
 * incident.io's public status widget feed (`<status page>/api/v1/summary`): three lists,
 * `ongoing_incidents`, `in_progress_maintenances` and `scheduled_maintenances`, each item with
 * `name`, `url`, `affected_components` (`id`, `name`, `group_name`) and, for incidents,
 * `current_worst_impact` (degraded_performance, partial_outage, full_outage).
 * https://docs.incident.io/status-pages/widget-api
 */
import { event, impactOf, list, object, time, type Impact, type StatusEvent, type StatusFeed } from './status-feed';
import { safeHttpUrl } from './util';

const WORST_IMPACT: Record<string, Impact> = {
  degraded_performance: 'degraded',
  partial_outage: 'partial',
  full_outage: 'full',
  major_outage: 'full',
};

/** Component ids and group names an item names. */
function affects(item: unknown): string[] {
  const components = (item as { affected_components?: unknown }).affected_components;
  return (Array.isArray(components) ? components : []).flatMap((c: unknown) =>
    [(c as { id?: unknown })?.id, (c as { group_name?: unknown })?.group_name].filter((v): v is string => typeof v === 'string'),
  );
}

export function readIncidentIo(json: unknown, now: number): StatusFeed {
  const root = object(json, 'the answer');
  const pageUrl = safeHttpUrl(root.page_url);
  const read = (key: string, optional: boolean, impact: (it: { current_worst_impact?: unknown }) => Impact): StatusEvent[] =>
    list(root[key], key, optional).map((item, i) =>
      event(item, `${key}[${i}]`, impact(object(item, `${key}[${i}]`)), affects(item), pageUrl, (item as { url?: unknown }).url),
    );
  // An incident whose impact is missing or new to us still counts (as the mildest impact).
  const incidents = read('ongoing_incidents', false, (it) => impactOf(WORST_IMPACT, it.current_worst_impact, 'degraded'));
  const running = read('in_progress_maintenances', false, () => 'maintenance');
  const planned = list(root.scheduled_maintenances, 'scheduled_maintenances', true).flatMap((item, i): StatusEvent[] => {
    const it = item as { starts_at?: unknown; ends_at?: unknown };
    const [start, end] = [time(it.starts_at), time(it.ends_at)];
    if (end !== undefined && end <= now) return [];
    const base = event(item, `scheduled_maintenances[${i}]`, 'maintenance', affects(item), pageUrl, (item as { url?: unknown }).url);
    return [start === undefined ? base : { ...base, startsAt: start }];
  });
  // A planned window whose start has passed is under way, even before the page moves it.
  const started = (e: StatusEvent) => e.startsAt !== undefined && e.startsAt <= now;
  return { now: [...incidents, ...running, ...planned.filter(started)], upcoming: planned.filter((e) => !started(e)), components: {} };
}
