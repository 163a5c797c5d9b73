import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/**
 * `npm run db:check`: fails when the drizzle schema (server/db/schema) has changes no migration holds.
 * drizzle-kit generates into a copy of server/db/migrations; any file it would add means a missing
 * migration (`drizzle-kit check` only checks the migrations against each other, not the schema).
 */
const MIGRATIONS = 'server/db/migrations';
const SCHEMA = './server/db/schema/index.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

const copy = mkdtempSync(join(tmpdir(), 'spotme-db-check-'));
try {
  cpSync(MIGRATIONS, copy, { recursive: true });
  const before = files(copy);
  // drizzle-kit reads `--out` relative to the working directory; stdin closed so a rename question fails instead of waiting.
  const run = spawnSync('npx', ['drizzle-kit', 'generate', '--dialect', 'postgresql', '--schema', SCHEMA, '--out', relative(process.cwd(), copy)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const added = files(copy).filter((f) => !before.includes(f));
  if (run.status === 0 && added.length === 0 && output.includes('No schema changes')) {
    process.stdout.write('db:check: the migrations hold the whole schema\n');
  } else {
    process.stderr.write(`${output}\n`);
    process.stderr.write(
      added.length > 0
        ? `db:check: server/db/schema has changes without a migration (drizzle-kit would write ${added.join(', ')}). Run \`npm run db:generate\` and commit the migration.\n`
        : 'db:check: drizzle-kit generate did not finish cleanly (output above).\n',
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
