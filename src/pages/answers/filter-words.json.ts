/** The staff index's extra filter words per group (a cause's keywords), loaded when the filter is first used. */
import type { APIRoute } from 'astro';
import { filterWordsByGroup, getStaffIndex } from '../../build/staff-index';

export const GET: APIRoute = async () => Response.json(filterWordsByGroup(await getStaffIndex()));
