import type { Config } from '../config';
import { openDatabase, type Database, type EmbeddedDatabaseError } from './client';

/**
 * PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR.
 * `onConnectionError` hears of connections PostgreSQL dropped (a restart, a failover);
 * `onFatal` of an embedded database that cannot go on (disk full, damaged files).
 */
export function openConfiguredDatabase(
  config: Config,
  handlers: { onConnectionError?: (err: Error) => void; onFatal?: (err: EmbeddedDatabaseError) => void } = {},
): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({
        kind: 'postgres',
        url: config.databaseUrl,
        poolMax: config.poolMax,
        pooler: config.pooler,
        timeouts: config.dbTimeouts,
        onConnectionError: handlers.onConnectionError,
      })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir, onFatal: handlers.onFatal });
}
