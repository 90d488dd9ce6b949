/**
 * Atlassian Statuspage v2 `summary.json` (https://developer.statuspage.io/, "summary"): `status`
 * {indicator}, `components` [{id, status}], `incidents` [{name, status, impact, shortlink,
 * components}], `scheduled_maintenances` [{status, scheduled_for, …}]. Also reads incident.io's
 * Statuspage compatibility layer (`/api/v2/summary.json` on an incident.io page), which has
 * `page`, `status` and `components` only: there, components alone say what is affected.
 */
import { event, impactOf, list, object, StatusFormatError, time, type Impact, type StatusEvent, type StatusFeed } from './status-feed';
import { safeHttpUrl } from './util';

const COMPONENT: Record<string, Impact> = {
  operational: 'ok',
  degraded_performance: 'degraded',
  partial_outage: 'partial',
  major_outage: 'full',
  under_maintenance: 'maintenance',
};
const IMPACT: Record<string, Impact> = {
  none: 'degraded',
  minor: 'degraded',
  major: 'partial',
  critical: 'full',
  maintenance: 'maintenance',
};
const INDICATOR: Record<string, Impact> = { ...IMPACT, none: 'ok' };
const OVER = ['resolved', 'postmortem', 'completed'];

const ids = (item: unknown): string[] => {
  const components = (item as { components?: unknown }).components;
  return (Array.isArray(components) ? components : []).flatMap((c: unknown) =>
    typeof (c as { id?: unknown })?.id === 'string' ? [(c as { id: string }).id] : [],
  );
};

export function readStatuspage(json: unknown, now: number): StatusFeed {
  const root = object(json, 'the answer');
  const indicator = (root.status as { indicator?: unknown } | undefined)?.indicator;
  if (root.components === undefined && root.incidents === undefined && indicator === undefined)
    throw new StatusFormatError('the answer is not a status summary');
  const pageUrl = safeHttpUrl((root.page as { url?: unknown } | undefined)?.url);
  const components: Record<string, Impact> = {};
  for (const c of list(root.components, 'components', true)) {
    const { id, status } = object(c, 'components[]');
    if (typeof id === 'string') components[id] = impactOf(COMPONENT, status, 'degraded');
  }
  const read = (key: string, impact: (it: { impact?: unknown; status?: unknown }) => Impact): StatusEvent[] =>
    list(root[key], key, true).flatMap((item, i) => {
      const it = object(item, `${key}[${i}]`);
      if (OVER.includes(String(it.status))) return [];
      const e = event(item, `${key}[${i}]`, impact(it), ids(item), pageUrl, it.shortlink);
      const start = it.status === 'scheduled' ? time(it.scheduled_for) : undefined;
      return [start === undefined ? e : { ...e, startsAt: start }];
    });
  const maintenances = read('scheduled_maintenances', () => 'maintenance');
  const started = (e: StatusEvent) => e.startsAt === undefined || e.startsAt <= now;
  return {
    now: [...read('incidents', (it) => impactOf(IMPACT, it.impact, 'degraded')), ...maintenances.filter(started)],
    upcoming: maintenances.filter((e) => !started(e)),
    components,
    overall: indicator === undefined ? undefined : impactOf(INDICATOR, indicator, 'degraded'),
  };
}
