/**
 * The message catalog's fixed vocabulary (`content/messages.yaml`): the groups the /messages/ page
 * shows, in order, and the places a message can appear.
 */
export const MESSAGE_GROUPS = {
  session: 'Session and sign-in',
  security: 'Security checks and account protection',
  'apps-tools': 'In the ChatGPT apps, extensions and other tools',
  service: 'Errors and outages',
  limits: 'Usage limits',
  'files-conversations': 'Files and conversations',
  account: 'Account access',
} as const;

export type MessageGroup = keyof typeof MESSAGE_GROUPS;
export const MESSAGE_GROUP_IDS = Object.keys(MESSAGE_GROUPS) as MessageGroup[];

export const MESSAGE_PLACES = {
  web: 'chatgpt.com in a browser',
  app: 'a ChatGPT app',
  tool: 'an extension, desktop wrapper or other tool',
  cloudflare: 'a Cloudflare security page',
} as const;

export type MessagePlace = keyof typeof MESSAGE_PLACES;
export const MESSAGE_PLACE_IDS = Object.keys(MESSAGE_PLACES) as MessagePlace[];
