import type { Config } from '../config';
import { openDatabase, type Database } from './client';

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl, poolMax: config.poolMax })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}
