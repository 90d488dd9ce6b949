/**
 * "Written in our own words": runs of eight words, and their fingerprints. The article the project
 * started from is not part of the repository; only the fingerprints of its eight-word runs are
 * (test/fixtures/seed-fingerprints.json), so a clone can check that no page copies from it without
 * holding a sentence of it. To fingerprint a text: `node test/helpers/shingles.ts <file>…`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Words per run: eight words in the same order are not a coincidence. */
const RUN = 8;

/** Prose words of a Markdown/MDX text: tags, heading ids and link targets removed. */
export function words(text: string): string[] {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{#[\w-]+\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9'’\s-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Every run of RUN consecutive words, joined by spaces. */
export function runs(text: string): string[] {
  const ws = words(text);
  return ws.slice(0, Math.max(0, ws.length - RUN + 1)).map((_, i) => ws.slice(i, i + RUN).join(' '));
}

/** A run's fingerprint: the first 16 hex digits of its SHA-256. */
export const fingerprint = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 16);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const all = new Set(process.argv.slice(2).flatMap((f) => runs(readFileSync(f, 'utf8')).map(fingerprint)));
  console.log(JSON.stringify({ run: RUN, hash: 'sha256, first 16 hex digits', fingerprints: [...all].sort() }, null, 1));
}
