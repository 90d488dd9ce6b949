/**
 * What a status feed says, whatever the provider: events now (incidents, maintenance in
 * progress), maintenance to come, and each listed component's state. The provider readers
 * (status-incident-io.ts, status-statuspage.ts) turn their feed into this; status-judge.ts decides
 * what it means for the visitor. Readers refuse a feed that is not a status summary at all (the
 * check then says "unknown"), and tolerate documented gaps: incident.io's Statuspage
 * compatibility layer has no incidents in its summary and links no incident to a component.
 */
import { safeHttpUrl } from './util';

/** Worst first is the order of IMPACTS; `ok` only for components. */
export const IMPACTS = ['full', 'partial', 'maintenance', 'degraded', 'ok'] as const;
export type Impact = (typeof IMPACTS)[number];

export interface StatusEvent {
  readonly name: string;
  readonly url: string | undefined;
  readonly impact: Impact;
  /** Component ids (and, on incident.io, group names) the feed says it affects; empty when it does not say. */
  readonly affects: readonly string[];
  /** Maintenance to come: when it starts (ms since 1970). */
  readonly startsAt?: number;
}

export interface StatusFeed {
  readonly now: readonly StatusEvent[];
  readonly upcoming: readonly StatusEvent[];
  /** State of each component the feed lists, by id (Statuspage-style feeds only). */
  readonly components: Readonly<Record<string, Impact>>;
  /** The page's own overall state, where the feed states one. */
  readonly overall?: Impact | undefined;
}

export type StatusReader = (json: unknown, now: number) => StatusFeed;

export class StatusFormatError extends Error {
  override name = 'StatusFormatError';
}

export type Json = Record<string, unknown>;

export function object(v: unknown, where: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new StatusFormatError(`${where} is not an object`);
  return v as Json;
}

/** A list, or (where `optional`) nothing at all; anything else is not the documented shape. */
export function list(v: unknown, where: string, optional = false): unknown[] {
  if (optional && v === undefined) return [];
  if (!Array.isArray(v)) throw new StatusFormatError(`${where} is not a list`);
  return v;
}

const MAX_NAME = 200;

/** An event as the feed describes it: a name (plain text, trimmed), its link (http(s) only) and what it affects. */
export function event(
  item: unknown,
  where: string,
  impact: Impact,
  affects: readonly string[],
  pageUrl: string | undefined,
  link: unknown,
): StatusEvent {
  const it = object(item, where);
  if (typeof it.name !== 'string' || !it.name.trim()) throw new StatusFormatError(`${where}.name is missing`);
  const name = it.name.replace(/\s+/g, ' ').trim();
  return {
    name: name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name,
    url: safeHttpUrl(link, pageUrl) ?? pageUrl,
    impact,
    affects,
  };
}

/** A feed's word for a state, or `fallback` for a word we do not know (never "all good"). */
export const impactOf = (words: Readonly<Record<string, Impact>>, word: unknown, fallback: Impact): Impact =>
  typeof word === 'string' && Object.hasOwn(words, word) ? words[word]! : fallback;

export const time = (v: unknown): number | undefined => {
  const ms = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
};
