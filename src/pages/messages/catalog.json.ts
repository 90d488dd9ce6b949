/** The message catalog for the wizard's paste box, loaded when the box is first used. */
import type { APIRoute } from 'astro';
import { getMessages } from '../../build/content';
import { catalogEntry } from '../../common/message-match';

export const GET: APIRoute = async () => Response.json((await getMessages()).map((m) => catalogEntry(m.id, m.data)));
