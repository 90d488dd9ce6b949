/** One built page for each page type (see scripts/page-types.ts), as [type, path] rows for it.each. */
import { pageTypes as pageTypesIn } from '../../scripts/page-types';
import { DIST } from './dist';

export const pageTypes = (): [type: string, path: string][] => pageTypesIn(DIST).map((p) => [p.type, p.path]);
