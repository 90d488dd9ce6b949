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

/** An FAQ answer's file, valid but for the fields given (a field set to undefined is left out). */
function faqFile(fields: Record<string, string | undefined>): string {
  const all: Record<string, string | undefined> = {
    question: '"Is this a fixture?"',
    summary: '"A fixture answer that the build must refuse for one field."',
    order: '99',
    causes: '[]',
    lastReviewed: '2026-12-01',
    keywords: '[a1, b2, c3]',
    sources: '[{ title: "A source", url: "https://example.org/" }]',
    ...fields,
  };
  const lines = Object.entries(all)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\nAnswer.\n`;
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
    writeFileSync(file, faqFile({ summary: `"${'word '.repeat(40)}"` }));
    const { ok, output } = await astroSync(dir);
    expect(ok).toBe(false);
    expect(output).toContain('content/faq/zz-long.md');
    expect(output).toMatch(/summary:/);
  }, 60_000);

  it('fails on a missing source list and on a source that is not a link, naming the file and the field', async () => {
    const dir = projectCopy();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'content/faq/zz-unsourced.md'), faqFile({ sources: undefined }));
    const first = await astroSync(dir);
    expect(first.ok).toBe(false);
    expect(first.output).toContain('content/faq/zz-unsourced.md');
    expect(first.output).toMatch(/sources: list the sources this page relies on/);

    writeFileSync(join(dir, 'content/faq/zz-unsourced.md'), faqFile({ sources: '[{ title: "My memory", url: "trust me" }]' }));
    const second = await astroSync(dir);
    expect(second.ok).toBe(false);
    expect(second.output).toContain('content/faq/zz-unsourced.md');
    expect(second.output).toMatch(/sources\.0\.url: "trust me" is not an https:\/\/ address/);
  }, 90_000);

  it('fails on a catalog message whose answer does not exist, naming the file and the field', async () => {
    const dir = projectCopy();
    const { appendFileSync } = await import('node:fs');
    appendFileSync(
      join(dir, 'content/messages.yaml'),
      `\n- id: zz-broken\n  message: "A message with no page to answer it"\n  where: [web]\n  group: session\n  meaning: "A fixture entry that points at an answer which does not exist."\n  answer: no-such-answer\n  sources: [{ title: "A source", url: "https://example.org/" }]\n`,
    );
    const { ok, output } = await astroSync(dir);
    expect(ok).toBe(false);
    expect(output).toContain('messages');
    expect(output).toMatch(/answer: "no-such-answer" is not a cause or a \/other\/ topic/);
  }, 60_000);
});
