/**
 * The message catalog's fixed vocabulary (`content/messages.yaml`): the groups the /messages/ page
 * shows, in order, and the places a message can appear. Product names come from the site config.
 */
import { site } from './site';

const { name: app, appUrl } = site.product;

export const MESSAGE_GROUPS = {
  session: 'Session and sign-in',
  security: 'Security checks and account protection',
  'apps-tools': `In the ${app} apps, extensions and other tools`,
  service: 'Errors and outages',
  limits: 'Usage limits',
  'files-conversations': 'Files and conversations',
  account: 'Account access',
} as const;

export type MessageGroup = keyof typeof MESSAGE_GROUPS;
export const MESSAGE_GROUP_IDS = Object.keys(MESSAGE_GROUPS) as MessageGroup[];

export const MESSAGE_PLACES = {
  web: `${new URL(appUrl).host} in a browser`,
  app: `a ${app} app`,
  tool: 'an extension, desktop wrapper or other tool',
  cloudflare: 'a Cloudflare security page',
} as const;

export type MessagePlace = keyof typeof MESSAGE_PLACES;
export const MESSAGE_PLACE_IDS = Object.keys(MESSAGE_PLACES) as MessagePlace[];
