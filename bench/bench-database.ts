import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../server/config';
import { openDatabase, type Database } from '../server/db/client';

/**
 * The database a benchmark runs on: PostgreSQL when DATABASE_URL is set (pool DB_POOL_MAX),
 * else the embedded PGlite in a temporary directory; migrated. `close` also removes that directory.
 */
export async function openBenchDatabase(config: Config): Promise<{ database: Database; close(): Promise<void> }> {
  const tmp = config.databaseUrl ? null : mkdtempSync(path.join(os.tmpdir(), 'spotme-bench-'));
  const database = config.databaseUrl
    ? await openDatabase({ kind: 'postgres', url: config.databaseUrl, poolMax: config.poolMax, pooler: config.pooler, timeouts: config.dbTimeouts })
    : await openDatabase({ kind: 'pglite', dataDir: tmp ?? '' });
  await database.migrate();
  return {
    database,
    async close() {
      await database.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    },
  };
}
