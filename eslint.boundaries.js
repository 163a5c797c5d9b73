/**
 * The server's boundaries (docs/ARCHITECTURE.md), enforced so CI fails on a new reach-in:
 * - a feature uses another feature only through its entry (`index.ts`, `service.ts` or
 *   another non-repository module), never its repository, and never imports a job;
 * - the HTTP layer (server/http/) is generic: no feature, no job, not the composition root
 *   (server/app.ts) that registers them;
 * - a job calls features' entries, never their repositories (its own `*-repo.ts` is fine).
 * Tests may drive jobs (close a day, deliver) and build the whole app; they too go through
 * a feature's entry rather than its repository.
 */
const repoOfAnotherFeature = {
  group: ['../*/repo', '../*/*-repo', '**/features/*/repo', '**/features/*/*-repo'],
  message: "Use the other feature's entry (its index.ts or service.ts), not its repository.",
};
const job = { group: ['**/jobs/*'], message: 'Features do not import jobs: move what both need into a feature, and let the job call it.' };

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default [
  {
    files: ['server/features/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(repoOfAnotherFeature, job),
  },
  {
    files: ['server/features/**/*.test.ts'],
    rules: restrict(repoOfAnotherFeature),
  },
  {
    files: ['server/http/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict({
      group: ['**/features/*', '**/features/**', '**/jobs/*', '../app'],
      message: 'server/http/ holds the generic HTTP pieces; features, jobs and their wiring belong to the composition root (server/app.ts).',
    }),
  },
  {
    files: ['server/jobs/**/*.ts'],
    rules: restrict({
      group: ['**/features/*/repo', '**/features/*/*-repo'],
      message: "Jobs call a feature's entry (its index.ts or service.ts), not its repository; a job's own SQL goes in its own *-repo.ts.",
    }),
  },
];
