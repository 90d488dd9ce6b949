/**
 * A sentence with `{slot}` places, filled in. Every language's words are plain strings with such
 * places (so they travel to the browser as JSON, and each language keeps its own word order); a
 * slot with no value stays as it is, so a gap shows in tests rather than as "undefined".
 */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (slot, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : slot));
