import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Applies pending migrations; safe when several processes start at once. */
  migrate(): Promise<void>;
  /**
   * Runs `fn` in one transaction as the restricted role `spotme_app` with the
   * organisation set: row-level security then limits every query to that organisation.
   */
  forTenant<T>(orgId: string, fn: (db: Db) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
};

function tenantRunner(db: Db) {
  return <T>(orgId: string, fn: (db: Db) => Promise<T>): Promise<T> =>
    db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('spotme.org_id', ${orgId}, true)`);
      await tx.execute(sql`SET LOCAL ROLE spotme_app`);
      return fn(tx as unknown as Db);
    });
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const MIGRATION_LOCK = 7_345_001;

/** Told every statement the application sends (its SQL text and parameters), e.g. for tests that check a job's statements do not grow with its data. */
export type QueryLogger = { logQuery(query: string, params: unknown[]): void };

export type OpenOptions = (
  | { kind: 'postgres'; url: string; poolMax: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' }
) & { logger?: QueryLogger };

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.kind === 'postgres') return openPostgres(opts.url, opts.poolMax, opts.logger);
  return openPglite(opts.kind === 'pglite' ? opts.dataDir : undefined, opts.logger);
}

async function openPostgres(url: string, poolMax: number, logger?: QueryLogger): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolMax });
  const db = drizzlePg(pool, { schema, logger }) as unknown as Db;
  return {
    db,
    driver: 'postgres',
    forTenant: tenantRunner(db),
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        client.release();
      }
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string | undefined, logger?: QueryLogger): Promise<Database> {
  const release = dataDir ? lockDataDir(dataDir) : () => undefined;
  try {
    const client = dataDir ? new PGlite(path.join(dataDir, 'pglite')) : new PGlite();
    await client.waitReady;
    const db = drizzlePglite(client, { schema, logger }) as unknown as Db;
    return {
      db,
      driver: 'pglite',
      forTenant: tenantRunner(db),
      async migrate() {
        await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
      },
      async ping() {
        await db.execute(sql`select 1`);
      },
      async close() {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
