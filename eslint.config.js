import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './eslint.boundaries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'test-results/**', 'server/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**'], message: 'domain/ and app/ must not import server/.' }] }],
    },
  },
  {
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['server/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/server/**', '**/app/**'], message: 'domain/ is pure: it imports neither server/ nor app/.' },
        { group: ['fastify', 'drizzle-orm', 'pg', '@electric-sql/*', 'react'], message: 'domain/ has no framework or I/O.' },
      ] }],
    },
  },
  ...boundaries,
);
