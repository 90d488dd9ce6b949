/** Vitest global setup for the `site` project: serve the built dist/ once for every test file. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/lib/static-server';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}index.html`) || !existsSync(`${DIST}pagefind/pagefind.js`)) {
    throw new Error('dist/ or its search index is missing: run `npm run build` first (npm test does this for you).');
  }
  const server = await startStaticServer(DIST);
  project.provide('baseURL', server.url);
  return () => server.close();
}
