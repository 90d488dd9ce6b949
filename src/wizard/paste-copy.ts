/**
 * The paste box's words once it has been used. In a module of their own, not in WIZARD_COPY
 * (./copy.ts): they load with the box's code (src/browser/wizard-paste.ts) when it is first used,
 * not with every question page.
 */
export const PASTE_COPY = {
  empty: 'Paste or type the message first.',
  reading: 'Looking it up…',
  recognised: (wording: string) => `Recognised: “${wording}”.`,
  searching: 'We don’t know that exact wording yet: searching for its words instead.',
} as const;
