/**
 * npm run bench: build the site with 0, 500 and 2,000 extra synthetic articles (generated into a
 * throwaway copy of the project, never into the repo) and print build time, output size, search
 * index size, per page type the gzip bytes of HTML, CSS and JavaScript, and the first contentful
 * paint of a few page types on a throttled phone (scripts/first-paint.ts). Growth must be linear
 * in the number of articles; the ratios at the end show whether it is.
 *
 *   node scripts/bench.ts [sizes…]     e.g. node scripts/bench.ts 0 100
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageWeight } from './page-weight.ts';
import { BUDGETS } from './budgets.ts';
import { pageTypes } from './page-types.ts';
import { buildIndex } from './search-index.ts';
import { firstPaints, PHONE_THROTTLING } from './first-paint.ts';
import { startStaticServer } from './lib/static-server.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WORK = join(ROOT, '.bench');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n >= 0);
const SIZES = sizes.length > 0 ? sizes : [0, 500, 2000];

/** Deterministic pseudo-random words, so every run builds the same synthetic site. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}
const VOCAB = (
  'session cookie browser token expired sign in again tab idle network vpn wifi clock extension private window ' +
  'settings privacy storage data close reopen device phone laptop account security update version status outage ' +
  'maintenance keep safe copy draft message conversation minutes hours login limit time zone automatic allow site'
).split(' ');

function syntheticArticle(i: number): string {
  const next = rng(i + 1);
  const sentence = () => {
    const n = 8 + Math.floor(next() * 10);
    const ws = Array.from({ length: n }, () => VOCAB[Math.floor(next() * VOCAB.length)]!);
    return `${ws.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const para = (k = 4) => Array.from({ length: k }, sentence).join(' ');
  const steps = (k = 5) => Array.from({ length: k }, (_, n) => `${n + 1}. ${sentence()}`).join('\n');
  return `---
title: "Synthetic article number ${i}"
label: "Synthetic ${i}"
summary: "A generated article used only to measure how the build grows with content size."
order: ${100 + i}
tryFirst: ["${sentence()}", "${sentence()}"]
symptoms: ["${sentence()}", "${sentence()}"]
related: [clock-skew, cleared-cookies]
checks: []
lastReviewed: 2026-11-27
keywords: ["synthetic ${i}", "bench article", "generated"]
sources:
  - title: "Synthetic source ${i}"
    url: "https://example.org/source/${i}"
---

${para()}

## Is this you? {#is-this-you}

${para()}

## Why it happens {#why-it-happens}

${para()}

${para()}

## Fix it now {#fix-it-now}

${steps()}

### A sub-step for this case

${para(3)}

## Stop it happening again {#stop-it-happening-again}

${para()}

## Keep your work safe {#keep-your-work-safe}

${para(3)}
`;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return total;
}

interface Row {
  articles: number;
  astroSeconds: number;
  pagefindSeconds: number;
  outputBytes: number;
  indexBytes: number;
  pages: number;
  weights: Record<string, { html: number; css: number; js: number } | undefined>;
  /** Median first contentful paint (ms) per page type, throttled phone. */
  firstPaint: Record<string, number>;
}

/** Page types whose first paint is measured (one page each): a reader's, the wizard's, /check/. */
const PAINTED = ['article', 'wizard first question', 'check', 'messages'];

async function run(extra: number): Promise<Row> {
  const dir = join(WORK, `site-${extra}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (let i = 1; i <= extra; i++)
    writeFileSync(join(dir, `content/causes/synthetic-${String(i).padStart(4, '0')}.mdx`), syntheticArticle(i));

  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  let t = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: dir,
    env,
    stdio: 'inherit',
  });
  const astroSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  // The project's own indexer (as `npm run build` runs it), not the bare Pagefind CLI.
  await buildIndex(join(dir, 'dist'));
  const pagefindSeconds = (performance.now() - t) / 1000;

  const dist = join(dir, 'dist');
  const weights: Row['weights'] = {};
  for (const { type, file } of pageTypes(dist)) weights[type] = pageWeight(dist, file);
  const pages = Number(
    execFileSync('sh', ['-c', `find "${dist}" -name '*.html' | wc -l`])
      .toString()
      .trim(),
  );
  const server = await startStaticServer(dist);
  const paths = Object.fromEntries(
    pageTypes(dist)
      .filter(({ type }) => PAINTED.includes(type))
      .map(({ type, file }) => [type, `/${file.replace(/index\.html$/, '')}`]),
  );
  const painted = await firstPaints(server.url, Object.values(paths));
  await server.close();
  const firstPaint = Object.fromEntries(Object.entries(paths).map(([type, path]) => [type, painted[path]!]));
  const row: Row = {
    articles: extra,
    astroSeconds,
    pagefindSeconds,
    outputBytes: dirBytes(dist),
    indexBytes: existsSync(join(dist, 'pagefind')) ? dirBytes(join(dist, 'pagefind')) : 0,
    pages,
    weights,
    firstPaint,
  };
  rmSync(dir, { recursive: true, force: true });
  return row;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: Row[] = [];
console.error('bench: warm-up build (not reported; fills Vite and OS caches)…');
await run(0);
for (const n of SIZES) {
  console.error(`bench: building with ${n} extra articles…`);
  rows.push(await run(n));
}
rmSync(WORK, { recursive: true, force: true });

console.log('\nBuild and output by number of extra articles');
console.table(
  rows.map((r) => ({
    'extra articles': r.articles,
    pages: r.pages,
    'astro build (s)': r.astroSeconds.toFixed(1),
    'search index (s)': r.pagefindSeconds.toFixed(1),
    output: kb(r.outputBytes),
    'search index': kb(r.indexBytes),
  })),
);

console.log(
  `Per page type, whole page, gzip (budgets: HTML+CSS ≤ ${kb(BUDGETS.wholePage)}, ≤ ${kb(BUDGETS.wholeIndexPage)} for the staff index and catalog; ` +
    `JS ≤ ${kb(BUDGETS.readingJs)} reading / ${kb(BUDGETS.interactiveJs)} wizard+check; first render ≤ ${kb(BUDGETS.firstRender)} is measured in Chromium by the tests)`,
);
for (const r of rows) {
  console.log(`\n${r.articles} extra articles`);
  console.table(
    Object.fromEntries(
      Object.entries(r.weights)
        .filter(([, w]) => w)
        .map(([type, w]) => [type, { HTML: kb(w!.html), CSS: kb(w!.css), JS: kb(w!.js), 'HTML+CSS': kb(w!.html + w!.css) }]),
    ),
  );
}

console.log(
  `\nFirst contentful paint, median of 5 cold loads in Chromium on a throttled phone (${PHONE_THROTTLING.latency} ms round trip, ` +
    `${((PHONE_THROTTLING.downloadThroughput * 8) / 1024 / 1024).toFixed(1)} Mbit/s, CPU ${PHONE_THROTTLING.cpuSlowdown}× slower; goal ≤ 900 ms)`,
);
console.table(
  Object.fromEntries(
    rows.map((r) => [
      `${r.articles} extra articles`,
      Object.fromEntries(Object.entries(r.firstPaint).map(([t, ms]) => [t, `${Math.round(ms)} ms`])),
    ]),
  ),
);

if (rows.length >= 2) {
  const base = rows[0]!;
  console.log('\nGrowth against the smallest build (linear growth: cost per extra article stays about the same)');
  console.table(
    rows.slice(1).map((r) => {
      const extra = r.articles - base.articles;
      const seconds = r.astroSeconds + r.pagefindSeconds - (base.astroSeconds + base.pagefindSeconds);
      return {
        'extra articles': r.articles,
        'build ms / extra article': ((seconds * 1000) / extra).toFixed(1),
        'output KB / extra article': ((r.outputBytes - base.outputBytes) / 1024 / extra).toFixed(1),
        'index KB / extra article': ((r.indexBytes - base.indexBytes) / 1024 / extra).toFixed(2),
        'article page HTML ratio': ((r.weights.article?.html ?? 0) / (base.weights.article?.html ?? 1)).toFixed(2),
      };
    }),
  );
  const [a, b] = [rows[1], rows.at(-1)!];
  if (a && b !== a) {
    const per = (r: Row) => (r.astroSeconds + r.pagefindSeconds - base.astroSeconds - base.pagefindSeconds) / (r.articles - base.articles);
    console.log(
      `build time per article, ${b.articles} vs ${a.articles} extra: ratio ${(per(b) / per(a)).toFixed(2)} (1.00 = perfectly linear)`,
    );
  }
}
