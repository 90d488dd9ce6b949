/**
 * Published section ids. Support staff paste links like /causes/clock-skew/#fix-it-now into
 * tickets, so once an id is published it must keep working. `content/anchors.json` records every
 * linkable heading id per page; the site tests fail when one disappears from the build.
 *
 *   node scripts/anchors.ts          check dist/ against the record (exit 1 on a lost id)
 *   node scripts/anchors.ts --write  add the ids of new headings to the record (never removes)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { htmlFilesIn, urlPathOf } from './dist-files.ts';

export const RECORD = fileURLToPath(new URL('../content/anchors.json', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

export type AnchorRecord = Record<string, string[]>;

/** Linkable headings in the built site: the ids their self-links point to (the heading's own, or its block's). */
export function collectAnchors(distDir = DIST): AnchorRecord {
  const found: AnchorRecord = {};
  for (const file of htmlFilesIn(distDir).filter((f) => f.endsWith('/index.html'))) {
    const root = parse(readFileSync(file, 'utf8'));
    const ids = root
      .querySelectorAll('a.heading-link')
      .map((a) => a.getAttribute('href')?.replace(/^#/, ''))
      .filter((id): id is string => Boolean(id));
    if (ids.length > 0) found[urlPathOf(distDir, file)] = ids;
  }
  return found;
}

export function readRecord(): AnchorRecord {
  return JSON.parse(readFileSync(RECORD, 'utf8')) as AnchorRecord;
}

/** Ids in the record that the build no longer has, as "path#id". */
export function lostAnchors(record: AnchorRecord, built: AnchorRecord): string[] {
  return Object.entries(record).flatMap(([path, ids]) => ids.filter((id) => !built[path]?.includes(id)).map((id) => `${path}#${id}`));
}

/** Ids the build has that the record does not list yet. */
export function unrecordedAnchors(record: AnchorRecord, built: AnchorRecord): string[] {
  return Object.entries(built).flatMap(([path, ids]) => ids.filter((id) => !record[path]?.includes(id)).map((id) => `${path}#${id}`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = collectAnchors();
  let record: AnchorRecord = {};
  try {
    record = readRecord();
  } catch {
    // First run: no record yet.
  }
  const lost = lostAnchors(record, built);
  if (process.argv.includes('--write')) {
    const merged: AnchorRecord = { ...record };
    for (const [path, ids] of Object.entries(built)) merged[path] = [...new Set([...(merged[path] ?? []), ...ids])];
    const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(RECORD, `${JSON.stringify(sorted, null, 2)}\n`);
    console.log(`anchors: ${unrecordedAnchors(record, built).length} new id(s) recorded in content/anchors.json`);
  }
  if (lost.length > 0) {
    console.error(`anchors: published ids missing from the build (keep them with {#id}):\n  ${lost.join('\n  ')}`);
    process.exit(1);
  }
}
