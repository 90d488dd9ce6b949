import { defineConfig } from 'vitest/config';
import { causeLabelsPlugin } from './src/build/cause-labels.ts';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules (test/unit/<room>/<module>.test.ts) and the words in content/: no build, no browser.
        // Wizard titles import the causes' labels as the build makes them.
        plugins: [causeLabelsPlugin()],
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'], environment: 'node' },
      },
      {
        // The built site in dist/, served locally and driven in real Chromium.
        plugins: [causeLabelsPlugin()],
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/helpers/serve-dist.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two cores: one browser-heavy file at a time keeps timings honest.
          fileParallelism: false,
        },
      },
    ],
  },
});
