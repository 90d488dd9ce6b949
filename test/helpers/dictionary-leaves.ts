/** Reading a typed words table (src/i18n/…) leaf by leaf, for the per-language dictionary tests. */

export type Leaf = string | ((...args: never[]) => string);

/**
 * Every leaf of a words table by its dotted path (`home.title`). A list of words is one leaf (its
 * length may differ per language); anything else that is not a string, function or group throws.
 */
export function leaves(node: unknown, path = ''): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string' || typeof value === 'function') found.set(at, value as Leaf);
    else if (Array.isArray(value)) found.set(at, value.join(' '));
    else if (value && typeof value === 'object') for (const [p, v] of leaves(value, at)) found.set(p, v);
    else throw new Error(`${at}: neither a string, a function, a list nor a group`);
  }
  return found;
}

/** The `{slot}` names a sentence uses, sorted, to compare a translation with English. */
export const slots = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
