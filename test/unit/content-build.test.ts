/**
 * The real content pipeline (astro sync) rejects bad front matter and names the file and field.
 * Runs on a throwaway copy of the project with one fixture added, so the repo is never touched.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const dirs: string[] = [];

function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shc-schema-'));
  dirs.push(dir);
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

async function astroSync(dir: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
    return { ok: true, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stripVTControlCharacters(`${e.stdout ?? ''}${e.stderr ?? ''}`) };
  }
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('content build', () => {
  it('fails on a related cause that does not exist, naming the file, the field and the slug', async () => {
    const dir = projectCopy();
    cpSync(join(ROOT, 'test/fixtures/bad-related.mdx'), join(dir, 'content/causes/zz-broken.mdx'));
    const { ok, output } = await astroSync(dir);
    expect(ok).toBe(false);
    expect(output).toContain('content/causes/zz-broken.mdx');
    expect(output).toMatch(/related\.1: "no-such-cause" is not a cause/);
  }, 60_000);

  it('fails on a summary over 160 characters, naming the field', async () => {
    const dir = projectCopy();
    const file = join(dir, 'content/faq/zz-long.md');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      file,
      `---\nquestion: "Is this too long?"\nsummary: "${'word '.repeat(40)}"\norder: 99\ncauses: []\nlastReviewed: 2026-11-27\nkeywords: [a1, b2, c3]\n---\nAnswer.\n`,
    );
    const { ok, output } = await astroSync(dir);
    expect(ok).toBe(false);
    expect(output).toContain('content/faq/zz-long.md');
    expect(output).toMatch(/summary:/);
  }, 60_000);
});
