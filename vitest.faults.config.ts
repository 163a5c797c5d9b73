import { defineConfig } from 'vitest/config';

/**
 * Fault tests (`npm run test:faults`): the real server in a child process on a throwaway
 * PostgreSQL cluster that the tests stop, restart and kill. Run one file at a time.
 */
export default defineConfig({
  test: {
    include: ['server/test/faults/**/*.fault.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
