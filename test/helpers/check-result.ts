/** A well-formed result of one check, pointing at the causes its rule allows: what tests feed the wizard and the store. */
import type { CheckResult } from '../../src/checks/types';
import { CHECK_INFO, type CheckId } from '../../src/config/checks';

export const checkResult = (id: CheckId, status: CheckResult['status']): CheckResult => ({
  id,
  status,
  summary: `${id} says ${status}.`,
  detail: 'Measured in a test.',
  causes: [...CHECK_INFO[id].causes],
});
