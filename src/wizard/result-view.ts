/**
 * What a result page says, from the machine's result meta and ./outcomes.ts. Used to build result
 * pages, and loaded by the browser only when a visitor reaches a result in place.
 */
import { site } from '../config/site';
import { WIZARD_COPY } from './copy';
import { OUTCOMES } from './outcomes';
import { stepUrl } from './path';
import { resultMeta } from './steps';
import { causeHref } from './view';

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
    fixHref: meta.cause ? causeHref(meta.cause, 'fix-it-now') : '/check/',
    fixLabel: meta.cause ? WIZARD_COPY.fixLink : WIZARD_COPY.checkLink,
    next: copy.next.map((id) => {
      const other = resultMeta(id)!;
      return { title: other.title, summary: OUTCOMES[id]!.summary, href: other.cause ? causeHref(other.cause) : stepUrl(id) };
    }),
    supportHref: site.supportUrl,
  };
}
