/** The import directions of docs/architecture.md, checked on every import in src/. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

/** Each file's room (first folder under src/) and the rooms its relative imports land in. */
const imports = files(SRC).map((file) => {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
    relative(SRC, resolve(dirname(file), m[1]!)),
  );
  return { file: relative(SRC, file), room: relative(SRC, file).split(/[\\/]/)[0]!, rooms: targets.map((t) => t.split(/[\\/]/)[0]!) };
});

const RULES: Record<string, readonly string[]> = {
  // Code that can reach the browser never imports build-time code.
  common: ['build', 'browser'],
  config: ['build', 'browser'],
  wizard: ['build', 'browser'],
  checks: ['build', 'browser'],
  report: ['build', 'browser'],
  i18n: ['build', 'browser'],
  browser: ['build'],
};

describe('import directions (docs/architecture.md)', () => {
  it('finds the imports it checks', () => {
    expect(imports.filter((i) => i.room === 'browser').flatMap((i) => i.rooms)).toContain('wizard');
  });

  it.each(Object.entries(RULES))('src/%s/ imports none of %j', (room, forbidden) => {
    const broken = imports
      .filter((i) => i.room === room)
      .flatMap((i) => i.rooms.filter((r) => forbidden.includes(r)).map((r) => `${i.file} → src/${r}/`));
    expect(broken).toEqual([]);
  });
});
