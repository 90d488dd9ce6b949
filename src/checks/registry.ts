/** Every live check, by id (the order of CHECK_IDS is the display order). */
import type { CheckId } from '../config/checks';
import { blockersCheck } from './blockers';
import { browserCheck } from './browser';
import { clockCheck } from './clock';
import { cookiesCheck } from './cookies';
import type { Check } from './env';
import { networkCheck } from './network';
import { persistenceCheck } from './persistence';
import { privateModeCheck } from './private-mode';
import { serviceStatusCheck } from './service-status';
import { storageCheck } from './storage';

export const CHECKS: Record<CheckId, Check> = {
  cookies: cookiesCheck,
  storage: storageCheck,
  'private-mode': privateModeCheck,
  clock: clockCheck,
  network: networkCheck,
  blockers: blockersCheck,
  browser: browserCheck,
  'service-status': serviceStatusCheck,
  persistence: persistenceCheck,
};
