/**
 * What a result page says, from the machine's result meta and ./outcomes.ts. Used to build result
 * pages, and loaded by the browser only when a visitor reaches a result in place.
 */
import { site } from '../config/site';
import { OUTCOMES } from './outcomes';
import { stepUrl } from './path';
import { resultMeta } from './steps';
import { causeUrl, FIX_ANCHOR } from '../lib/urls';

/** The words around every result (each result's own words are in ./outcomes.ts). */
export const RESULT_COPY = {
  why: 'Why we think so',
  fix: 'Fix it in short',
  fixLink: 'Every step, for your browser',
  checkLink: 'Run the live browser check',
  still: 'Still happening?',
  stillLead: 'Then it is most likely one of these, best match first:',
  support: 'Contact support',
  supportLead: 'If nothing here helps, contact support and tell them what you tried.',
  supportNoJs: 'Include the address of this page and the answers you gave.',
  supportLink: 'Contact support',
} as const;

export interface LinkView {
  readonly title: string;
  readonly summary: string;
  readonly href: string;
}

export interface ResultView {
  readonly step: string;
  readonly title: string;
  readonly summary: string;
  readonly because: string;
  readonly fix: readonly string[];
  /** The article's "Fix it now" section (the live check for "unclear"). */
  readonly fixHref: string;
  readonly fixLabel: string;
  /** "Still happening?": the next most likely causes. */
  readonly next: LinkView[];
  readonly supportHref: string;
}

export function resultView(step: string): ResultView {
  const meta = resultMeta(step)!;
  const copy = OUTCOMES[step]!;
  return {
    step,
    title: meta.title,
    summary: copy.summary,
    because: copy.because,
    fix: copy.fix,
    fixHref: meta.cause ? causeUrl(meta.cause, FIX_ANCHOR) : '/check/',
    fixLabel: meta.cause ? RESULT_COPY.fixLink : RESULT_COPY.checkLink,
    next: copy.next.map((id) => {
      const other = resultMeta(id)!;
      return { title: other.title, summary: OUTCOMES[id]!.summary, href: other.cause ? causeUrl(other.cause) : stepUrl(id) };
    }),
    supportHref: site.supportUrl,
  };
}
