import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './eslint.boundaries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'test-results/**', 'server/db/migrations/**', 'app/api/openapi.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Fastify plugins, hooks and handlers are async by contract (a non-async hook must call `done`): most have nothing to await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**'], message: 'domain/ and app/ must not import server/.' }] }],
    },
  },
  {
    // Plain JavaScript (this file, bench workers) is not in a tsconfig: no type information to check against.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The service worker has its own tsconfig (WebWorker lib, no DOM).
    files: ['app/sw.ts'],
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.sw.json' } },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.stringMatching, …) are typed `any` by design.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', 'server/test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every page loads in an effect through a loader that clears its error state first; React batches that
      // update with the render. Moving pages to a data-loading hook is its own change, not a lint fix.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    files: ['server/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/app/**'], message: 'domain/ is pure: it imports neither server/ nor app/.' },
            { group: ['fastify', 'drizzle-orm', 'pg', '@electric-sql/*', 'react'], message: 'domain/ has no framework or I/O.' },
          ],
        },
      ],
    },
  },
  ...boundaries,
);
