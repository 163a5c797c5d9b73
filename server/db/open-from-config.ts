import type { Config } from '../config';
import { openDatabase, type Database } from './client';

/**
 * PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR.
 * `onConnectionError` hears of connections PostgreSQL dropped (a restart, a failover).
 */
export function openConfiguredDatabase(config: Config, onConnectionError?: (err: Error) => void): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({
      kind: 'postgres', url: config.databaseUrl, poolMax: config.poolMax, pooler: config.pooler, timeouts: config.dbTimeouts, onConnectionError,
    })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}
