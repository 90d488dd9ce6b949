/**
 * Every live check, by id (the order of CHECK_IDS is the display order). Each check's code is
 * loaded only when it runs, so a page that runs a few checks (the wizard) downloads only those.
 * Loading happens inside the check's time limit, like the rest of its work.
 */
import type { CheckId } from '../config/checks';
import type { Check } from './env';

const lazy =
  (load: () => Promise<Check>): Check =>
  async (env, ctx) =>
    (await load())(env, ctx);

export const CHECKS: Record<CheckId, Check> = {
  cookies: lazy(async () => (await import('./cookies')).cookiesCheck),
  storage: lazy(async () => (await import('./storage')).storageCheck),
  'private-mode': lazy(async () => (await import('./private-mode')).privateModeCheck),
  clock: lazy(async () => (await import('./clock')).clockCheck),
  network: lazy(async () => (await import('./network')).networkCheck),
  blockers: lazy(async () => (await import('./blockers')).blockersCheck),
  browser: lazy(async () => (await import('./browser')).browserCheck),
  'service-status': lazy(async () => (await import('./service-status')).serviceStatusCheck),
  persistence: lazy(async () => (await import('./persistence')).persistenceCheck),
};
