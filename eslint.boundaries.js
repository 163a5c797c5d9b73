/**
 * The server's boundaries (docs/ARCHITECTURE.md), enforced so CI fails on a new reach-in:
 * - a feature uses another feature only through its entry (`index.ts` or `service.ts`, and
 *   the response shapes of its `schema.ts`), never its repository or other inner modules,
 *   and never imports a job;
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
const privateModuleOfAnotherFeature = {
  group: ['../*/*', '!../*/index', '!../*/service', '!../*/schema', '!../../*'],
  message: "Use the other feature's entry (its index.ts, service.ts, or the shapes in its schema.ts), not its inner modules.",
};
const job = { group: ['**/jobs/*'], message: 'Features do not import jobs: move what both need into a feature, and let the job call it.' };

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default [
  {
    files: ['server/features/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(repoOfAnotherFeature, privateModuleOfAnotherFeature, job),
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
    ignores: ['**/*.test.ts'],
    rules: restrict({
      group: ['**/features/*/*', '!**/features/*/index', '!**/features/*/service'],
      message: "Jobs call a feature's entry (its index.ts or service.ts), not its repository or inner modules; a job's own SQL goes in its own *-repo.ts.",
    }),
  },
  {
    files: ['server/jobs/**/*.test.ts'],
    rules: restrict({
      group: ['**/features/*/repo', '**/features/*/*-repo'],
      message: "Tests of jobs use a feature's entry, not its repository.",
    }),
  },
];
