// @ts-check
// ESLint flat config: recommended JavaScript, TypeScript and Astro rules, plus the import
// directions of docs/architecture.md (also checked by test/unit/architecture.test.ts).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import comments from '@eslint-community/eslint-plugin-eslint-comments';
import globals from 'globals';

/** Code that can reach the browser never imports build-time code; browser-only code stays out of the shared rooms. */
const noImports = (/** @type {string[]} */ rooms) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: rooms.map((room) => ({
        group: [`**/${room}/**`],
        message: `docs/architecture.md: this folder must not import src/${room}/.`,
      })),
    },
  ],
});

export default defineConfig(
  globalIgnores(['dist/', '.astro/', '.bench/', 'test-results/', '.scratch/', 'node_modules/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Config files and scripts in plain JavaScript run in Node (TypeScript files need no globals list).
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Files in public/ are served as they are and run in the browser.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // A suppression says why (`// eslint-disable-next-line rule -- reason`), and one that no longer
    // suppresses anything fails the lint.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@eslint-community/eslint-comments': comments },
    rules: { '@eslint-community/eslint-comments/require-description': 'error' },
  },
  {
    rules: {
      // `const { title: _dropped, ...rest } = obj` is how the code leaves a field out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/common/**', 'src/config/**', 'src/wizard/**', 'src/checks/**', 'src/report/**', 'src/i18n/**'],
    rules: noImports(['build', 'browser']),
  },
  {
    files: ['src/browser/**'],
    rules: noImports(['build']),
  },
);
