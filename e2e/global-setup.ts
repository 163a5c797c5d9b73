import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server serves whatever is in dist/app, so the browser tests build the app
 * first: they must test the code in the tree, not an older build. The build runs
 * in its own process with NODE_ENV=production: inside vitest NODE_ENV is "test",
 * which would give a development React and no service worker registration.
 * E2E_SKIP_BUILD=1 skips it (when a build was just made).
 */
export default function buildApp(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${String(result.status)})`);
}
