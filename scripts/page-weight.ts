/**
 * What one built page costs a visitor on first load, in gzip bytes: its HTML, the CSS it links or
 * inlines, and the JavaScript it runs before any interaction (module scripts and their static
 * imports; dynamic `import()` chunks such as the search UI are loaded later and not counted).
 * Used by the size test and by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Files counted, for reports and debugging. */
  files: string[];
}

export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/** Static `import … from "./x.js"` and side-effect `import "./x.js"` specifiers of a module. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const re = /\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) found.push(m[1]!);
  return found;
}

export function pageWeight(distDir: string, htmlFile: string): PageWeight {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const root = parse(html);
  const files: string[] = [];
  let css = 0;
  for (const link of root.querySelectorAll('link[rel="stylesheet"]')) {
    const href = link.getAttribute('href');
    if (!href?.startsWith('/')) continue;
    css += gzipSize(readFileSync(join(distDir, href)));
    files.push(href);
  }
  let js = 0;
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(distDir, path), 'utf8');
    js += gzipSize(code);
    files.push(path);
    for (const spec of staticImports(code)) visit(new URL(spec, `http://x${path}`).pathname);
  };
  for (const script of root.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data etc.
    const src = script.getAttribute('src');
    if (src?.startsWith('/')) visit(src);
    else if (!src) {
      const code = script.textContent;
      js += gzipSize(code);
      for (const spec of staticImports(code)) visit(new URL(spec, 'http://x/').pathname);
    }
  }
  // Inline <style> is part of the HTML bytes already; count it once, as HTML.
  return { html: gzipSize(html), css, js, files };
}
