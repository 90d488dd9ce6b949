/**
 * Strict readers for public status APIs. Anything that does not have the documented shape is
 * rejected (the check then says "unknown" and links the human status page): a status page that
 * changed format must not be read as "all good". Names are kept as text and links as http(s) only.
 */
import { safeHttpUrl } from './util';

export type Severity = 'none' | 'minor' | 'major' | 'critical';

export interface StatusEvent {
  readonly name: string;
  readonly severity: Severity;
  readonly url?: string | undefined;
}

export interface StatusSummary {
  /** Overall indicator as the provider states it. */
  readonly indicator: Severity | 'maintenance';
  readonly description?: string | undefined;
  /** Unresolved incidents. */
  readonly incidents: readonly StatusEvent[];
  /** Maintenance in progress now (not merely scheduled). */
  readonly maintenances: readonly StatusEvent[];
}

export class StatusFormatError extends Error {
  override name = 'StatusFormatError';
}

const MAX_NAME = 200;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function need<T>(ok: boolean, value: T, what: string): T {
  if (!ok) throw new StatusFormatError(`unexpected status format: ${what}`);
  return value;
}

function name(v: unknown, where: string): string {
  need(typeof v === 'string' && v.trim().length > 0, v, `${where}.name`);
  const text = (v as string).replace(/\s+/g, ' ').trim();
  return text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text;
}

function array(v: unknown, where: string): unknown[] {
  return need(Array.isArray(v), v as unknown[], `${where} is not a list`);
}

const STATUSPAGE_IMPACT: readonly string[] = ['none', 'minor', 'major', 'critical'];
const STATUSPAGE_INDICATOR: readonly string[] = [...STATUSPAGE_IMPACT, 'maintenance'];
const INCIDENT_OPEN: readonly string[] = ['investigating', 'identified', 'monitoring'];
const INCIDENT_CLOSED: readonly string[] = ['resolved', 'postmortem'];
const MAINTENANCE_STATUS: readonly string[] = ['scheduled', 'in_progress', 'verifying', 'completed'];

/** Atlassian Statuspage v2 `summary.json`. */
export function parseStatuspage(json: unknown): StatusSummary {
  need(isObject(json), json, 'not an object');
  const root = json as Record<string, unknown>;
  const status = root.status;
  need(isObject(status), status, 'status');
  const indicator = (status as Record<string, unknown>).indicator;
  need(typeof indicator === 'string' && STATUSPAGE_INDICATOR.includes(indicator), indicator, 'status.indicator');
  const description = (status as Record<string, unknown>).description;
  const pageUrl = isObject(root.page) ? safeHttpUrl(root.page.url) : undefined;

  const incidents = array(root.incidents, 'incidents').flatMap((item, i): StatusEvent[] => {
    need(isObject(item), item, `incidents[${i}]`);
    const it = item as Record<string, unknown>;
    const state = it.status;
    need(typeof state === 'string' && [...INCIDENT_OPEN, ...INCIDENT_CLOSED].includes(state), state, `incidents[${i}].status`);
    const impact = it.impact;
    need(typeof impact === 'string' && STATUSPAGE_IMPACT.includes(impact), impact, `incidents[${i}].impact`);
    if (INCIDENT_CLOSED.includes(state as string)) return [];
    return [{ name: name(it.name, `incidents[${i}]`), severity: impact as Severity, url: safeHttpUrl(it.shortlink) ?? pageUrl }];
  });

  const maintenances = array(root.scheduled_maintenances, 'scheduled_maintenances').flatMap((item, i): StatusEvent[] => {
    need(isObject(item), item, `scheduled_maintenances[${i}]`);
    const it = item as Record<string, unknown>;
    const state = it.status;
    need(typeof state === 'string' && MAINTENANCE_STATUS.includes(state), state, `scheduled_maintenances[${i}].status`);
    if (state !== 'in_progress' && state !== 'verifying') return [];
    const impact = typeof it.impact === 'string' && STATUSPAGE_IMPACT.includes(it.impact) ? (it.impact as Severity) : 'none';
    return [{ name: name(it.name, `scheduled_maintenances[${i}]`), severity: impact, url: safeHttpUrl(it.shortlink) ?? pageUrl }];
  });

  return {
    indicator: indicator as StatusSummary['indicator'],
    description: typeof description === 'string' ? description.slice(0, MAX_NAME) : undefined,
    incidents,
    maintenances,
  };
}

const INCIDENT_IO_IMPACT: Record<string, Severity> = {
  degraded_performance: 'minor',
  partial_outage: 'major',
  full_outage: 'critical',
};

/** incident.io status page widget (`/api/v1/summary`-style: ongoing incidents and maintenances). */
export function parseIncidentIo(json: unknown): StatusSummary {
  need(isObject(json), json, 'not an object');
  const root = json as Record<string, unknown>;
  const pageUrl = safeHttpUrl(root.page_url);
  const incidents = array(root.ongoing_incidents, 'ongoing_incidents').map((item, i): StatusEvent => {
    need(isObject(item), item, `ongoing_incidents[${i}]`);
    const it = item as Record<string, unknown>;
    const impact = it.current_worst_impact;
    need(impact === undefined || impact === null || (typeof impact === 'string' && impact in INCIDENT_IO_IMPACT), impact, `ongoing_incidents[${i}].current_worst_impact`);
    return { name: name(it.name, `ongoing_incidents[${i}]`), severity: typeof impact === 'string' ? INCIDENT_IO_IMPACT[impact]! : 'minor', url: safeHttpUrl(it.url, pageUrl) ?? pageUrl };
  });
  const maintenances = array(root.in_progress_maintenances, 'in_progress_maintenances').map((item, i): StatusEvent => {
    need(isObject(item), item, `in_progress_maintenances[${i}]`);
    const it = item as Record<string, unknown>;
    return { name: name(it.name, `in_progress_maintenances[${i}]`), severity: 'none', url: safeHttpUrl(it.url, pageUrl) ?? pageUrl };
  });
  const worst = incidents.reduce<Severity>((w, e) => (rank(e.severity) > rank(w) ? e.severity : w), 'none');
  return { indicator: incidents.length ? worst : maintenances.length ? 'maintenance' : 'none', incidents, maintenances };
}

export const rank = (s: Severity): number => ['none', 'minor', 'major', 'critical'].indexOf(s);
