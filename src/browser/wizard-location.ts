/**
 * The wizard's state and the address bar: every step has its own URL (the answer path's static
 * page), so Back, Forward, reload and a shared link all replay the same answers.
 */
import { stepUrl } from '../wizard/path';
import { localeOfPath, localizedPath, unlocalizedPath } from '../common/locale-path';
import { restoreUrl, startAt, stepOf, type RestoreProblem, type WizardSnapshot } from '../wizard/session';
import { INITIAL_STEP } from '../wizard/steps';
import type { CheckResults } from '../wizard/types';

/**
 * The address shown now (path and query: the part a wizard URL uses), without its language prefix:
 * /es/diagnose/where=computer/ and /diagnose/where=computer/ are the same step.
 */
export const here = (win: Window): string => unlocalizedPath(win.location.pathname) + win.location.search;

/** A wizard address in the language of the page shown now (/es/… stays /es/…). */
export const localUrl = (win: Window, url: string): string => localizedPath(localeOfPath(win.location.pathname), url);

/** The address a snapshot stands for. */
export const urlOf = (s: WizardSnapshot): string => stepUrl(stepOf(s), s.context.answers);

/**
 * The state the current URL stands for; a damaged URL is reported to `damaged` and becomes the
 * first question (its address too). `checks`: the findings heard so far, kept across steps.
 */
export function fromLocation(win: Window, checks: CheckResults, damaged: (problem: RestoreProblem) => void): WizardSnapshot {
  const restored = restoreUrl(unlocalizedPath(win.location.pathname), win.location.search, checks);
  if (restored.ok) {
    // An older `?a=` link moves to the answer path's own address.
    if (win.location.search && restored.snapshot.context.answers.length)
      win.history.replaceState(null, '', localUrl(win, urlOf(restored.snapshot)));
    return restored.snapshot;
  }
  damaged(restored.problem);
  win.history.replaceState(null, '', localUrl(win, stepUrl(INITIAL_STEP)));
  return startAt(INITIAL_STEP, checks);
}

/** A new step as a new history entry (or the same entry, when it is where we are already). */
export function pushStep(win: Window, next: WizardSnapshot): void {
  const url = urlOf(next);
  if (url === here(win)) win.history.replaceState(null, '', localUrl(win, url));
  else win.history.pushState(null, '', localUrl(win, url));
}

/** The state a Change or Start again link leads to, or undefined when the browser should follow it. */
export function snapshotOfLink(link: HTMLAnchorElement, checks: CheckResults): WizardSnapshot | undefined {
  const url = new URL(link.href);
  const restored = restoreUrl(unlocalizedPath(url.pathname), url.search, checks);
  return restored.ok ? restored.snapshot : undefined;
}
