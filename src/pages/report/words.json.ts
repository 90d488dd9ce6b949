/** The wizard's words for report ids, for /check/'s report code (loaded on the first copy or share). */
import type { APIRoute } from 'astro';
import { wizardWords } from '../../report/wizard-words';

export const GET: APIRoute = () => Response.json(wizardWords());
