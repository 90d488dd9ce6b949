/**
 * What a pasted error carries besides its words: JSON wrappers, request and Ray IDs, timestamps,
 * addresses, long numbers. Removed before a paste is searched or matched, so the same message
 * pasted from a console, a screenshot's OCR or a Cloudflare page reads the same. Short numbers
 * stay: "429", "401" and "1020" are how people name their error. Pure, shared by search and the
 * wizard's paste box.
 */

/** Whole-text patterns, removed before the text is cut into words. */
const NOISE_PATTERNS: readonly RegExp[] = [
  /https?:\/\/\S+/gi,
  // ISO and log timestamps: 2024-05-16T10:49:38.158Z, 2024-05-16 10:49:38
  /\b\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?\b/gi,
  /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\b/gi,
  // UUIDs and request ids
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\breq_[0-9a-z]+\b/gi,
  // Cloudflare: "Ray ID: 8f3a2b1c4d5e6f70", "Performance & security by Cloudflare"
  /\bray id:?\s*[0-9a-f]{8,}(?:-[a-z]{3})?\b/gi,
];

/** A token that is an identifier, not a word: a long hex string with a digit, or a long number. */
export const isNoiseToken = (token: string): boolean =>
  (/^[0-9a-f]{8,}$/.test(token) && /\d/.test(token)) ||
  /^\d{5,}$/.test(token) ||
  (/\d/.test(token) && /[a-z]/.test(token) && token.length >= 12);

/** The text with identifiers, addresses and timestamps taken out (words and short codes stay). */
export function stripPasteNoise(text: string): string {
  let out = text;
  for (const re of NOISE_PATTERNS) out = out.replace(re, ' ');
  return out;
}

/** A paste as words to search for: noise out, emptied brackets gone, spaces tidied, at most `max` characters. */
export function pasteWords(text: string, max = 300): string {
  return stripPasteNoise(text)
    .replace(/[([{]\s*[)\]}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}
