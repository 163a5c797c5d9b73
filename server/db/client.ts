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
  /** PostgreSQL only (the metrics): the pool's connections and the callers waiting for one. PGlite has no pool. */
  poolStats?(): PoolStats;
};

/** `pg.Pool`'s counts: open connections, idle ones, callers waiting, and the pool's size. */
export type PoolStats = { total: number; idle: number; waiting: number; max: number };

/**
 * The one way into an organisation's scope: inside the caller's transaction, the restricted
 * role `spotme_app` and the organisation, both for this transaction only (one statement).
 * Row-level security then limits every query that follows to that organisation.
 */
export async function enterTenant(tx: Db, orgId: string): Promise<void> {
  await tx.execute(sql`SELECT set_config('spotme.org_id', ${orgId}, true), set_config('role', 'spotme_app', true)`);
}

/*
 * After-commit hooks, per outermost transaction. drizzle gives a nested transaction (a
 * savepoint) a new handle over the same session, so the session is the key that finds
 * the outermost transaction from any handle inside it.
 */
const commitHooks = new WeakMap<object, (() => void)[]>();
/** drizzle's session of a handle (internal in its types; the after-commit tests check that nesting finds it). */
const sessionOf = (db: object): object => (db as { session: object }).session;

/**
 * Runs `fn` in one transaction whose after-commit hooks run once it has committed (and
 * are dropped if it rolls back). Nested in another such transaction, `fn` runs in a
 * savepoint and its hooks wait for the outermost commit.
 */
export async function transaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  if (commitHooks.has(sessionOf(db))) return db.transaction((tx) => fn(tx as unknown as Db));
  const hooks: (() => void)[] = [];
  // A rollback throws out of here: the hooks are never run.
  const result = await db.transaction(async (tx) => {
    commitHooks.set(sessionOf(tx), hooks);
    try {
      return await fn(tx);
    } finally {
      commitHooks.delete(sessionOf(tx));
    }
  });
  for (const hook of hooks) {
    try {
      hook();
    } catch (err) {
      // Committed already: a hook's failure cannot undo the work, nor should it fail the caller.
      console.error('after-commit hook failed', err);
    }
  }
  return result;
}

/**
 * Runs `fn` once the transaction `db` belongs to (opened by `transaction` or `forTenant`)
 * has committed, never if it rolls back; at once when `db` is not in such a transaction.
 * For work outside the database that must not see uncommitted rows (kicking the delivery
 * worker). A savepoint rolled back inside a transaction that then commits does not drop
 * the hooks queued in it.
 */
export function afterCommit(db: Db, fn: () => void): void {
  const hooks = commitHooks.get(sessionOf(db));
  if (hooks) hooks.push(fn);
  else fn();
}

function tenantRunner(db: Db) {
  return <T>(orgId: string, fn: (db: Db) => Promise<T>): Promise<T> =>
    transaction(db, async (tx) => {
      await enterTenant(tx, orgId);
      return fn(tx);
    });
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const MIGRATION_LOCK = 7_345_001;

/**
 * How long the server waits for PostgreSQL: for a connection (also a free one in the
 * pool), for one statement, and for a transaction left idle. 0 turns one off. Through
 * PgBouncer (`pooler: 'pgbouncer'`) the statement and idle timeouts are not sent as
 * startup parameters, which PgBouncer refuses: its own `query_timeout` and
 * `idle_transaction_timeout` (or `ALTER ROLE … SET`) hold them (docs/operations.md).
 */
export type DbTimeouts = { connectMs: number; statementMs: number; idleInTransactionMs: number };
export const DEFAULT_TIMEOUTS: DbTimeouts = { connectMs: 5_000, statementMs: 15_000, idleInTransactionMs: 30_000 };

/** Told every statement the application sends (its SQL text and parameters), e.g. for tests that check a job's statements do not grow with its data. */
export type QueryLogger = { logQuery(query: string, params: unknown[]): void };

export type OpenOptions = (
  | {
      kind: 'postgres';
      url: string;
      poolMax: number;
      timeouts?: DbTimeouts;
      pooler?: 'none' | 'pgbouncer';
      /** Told of a connection's error outside any query (e.g. PostgreSQL restarting); the pool replaces the connection. */
      onConnectionError?: (err: Error) => void;
    }
  | {
      kind: 'pglite';
      dataDir: string;
      /**
       * Told when the embedded database cannot go on (disk full, I/O error, damaged files):
       * PGlite stops answering after such an error, so the server ends with this message.
       */
      onFatal?: (err: EmbeddedDatabaseError) => void;
    }
  | { kind: 'pglite-memory' }
) & { logger?: QueryLogger };

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.kind === 'postgres') return openPostgres(opts);
  return openPglite(opts.kind === 'pglite' ? opts.dataDir : undefined, opts.kind === 'pglite' ? opts.onFatal : undefined, opts.logger);
}

async function openPostgres(opts: Extract<OpenOptions, { kind: 'postgres' }>): Promise<Database> {
  const t = opts.timeouts ?? DEFAULT_TIMEOUTS;
  const direct = opts.pooler !== 'pgbouncer';
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolMax,
    connectionTimeoutMillis: t.connectMs || undefined,
    idleTimeoutMillis: 30_000,
    ...(direct && t.statementMs ? { statement_timeout: t.statementMs } : {}),
    ...(direct && t.idleInTransactionMs ? { idle_in_transaction_session_timeout: t.idleInTransactionMs } : {}),
  });
  // A connection that dies while idle in the pool, or while checked out between two
  // queries, emits 'error'; unheard, that event ends the process. The pool drops the
  // connection and makes a new one on the next request.
  const onError = opts.onConnectionError ?? (() => undefined);
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  const db = drizzlePg(pool, { schema, logger: opts.logger }) as unknown as Db;
  return {
    db,
    driver: 'postgres',
    forTenant: tenantRunner(db),
    async migrate() {
      // The lock is held by an open transaction on one connection while another applies
      // the migrations: transaction-scoped, so it is safe through PgBouncer in transaction
      // mode (a session lock could stay behind on a server connection it hands to others).
      const holder = await pool.connect();
      const worker = await pool.connect();
      try {
        await holder.query('BEGIN');
        await holder.query(`SELECT set_config('idle_in_transaction_session_timeout', '0', true), pg_advisory_xact_lock($1)`, [MIGRATION_LOCK]);
        await migratePg(drizzlePg(worker, { schema }), { migrationsFolder });
      } finally {
        await holder.query('COMMIT').catch(() => undefined);
        holder.release();
        worker.release();
      }
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      await pool.end();
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: opts.poolMax }),
  };
}

/** disk_full, io_error, data_corrupted, index_corrupted: the embedded database cannot go on. */
const FATAL_STATES = new Set(['53100', '58030', 'XX001', 'XX002']);

/** Hears every error of the client's queries and transactions, to tell `onFatal` of one it cannot go on from. */
function watchForFatal(client: PGlite, dataDir: string, onFatal: (err: EmbeddedDatabaseError) => void): void {
  const check = (err: unknown) => {
    // Errors out of a transaction come wrapped by drizzle: the driver's error is a `cause`.
    for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
      if (FATAL_STATES.has(String((e as { code?: unknown }).code))) return onFatal(new EmbeddedDatabaseError(dataDir, e, 'running'));
    }
  };
  const target = client as unknown as Record<'query' | 'exec' | 'transaction', (...args: unknown[]) => Promise<unknown>>;
  for (const method of ['query', 'exec', 'transaction'] as const) {
    const original = target[method].bind(client);
    target[method] = (...args) =>
      original(...args).catch((err: unknown) => {
        check(err);
        throw err;
      });
  }
}

async function openPglite(dataDir: string | undefined, onFatal?: (err: EmbeddedDatabaseError) => void, logger?: QueryLogger): Promise<Database> {
  const release = dataDir ? lockDataDir(dataDir) : () => undefined;
  try {
    const client = dataDir ? new PGlite(path.join(dataDir, 'pglite')) : new PGlite();
    await client.waitReady.catch((err: unknown) => {
      throw dataDir ? new EmbeddedDatabaseError(dataDir, err) : err;
    });
    if (dataDir && onFatal) watchForFatal(client, dataDir, onFatal);
    const db = drizzlePglite(client, { schema, logger }) as unknown as Db;
    return {
      db,
      driver: 'pglite',
      forTenant: tenantRunner(db),
      async migrate() {
        await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }).catch((err: unknown) => {
          throw dataDir ? new EmbeddedDatabaseError(dataDir, err) : err;
        });
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

/**
 * The embedded database's directory cannot be used (damaged files, a full disk, no
 * permission): the message names the directory and what to do.
 */
export class EmbeddedDatabaseError extends Error {
  constructor(
    readonly dataDir: string,
    cause: unknown,
    when: 'opening' | 'running' = 'opening',
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `The embedded database in ${path.join(dataDir, 'pglite')} ${when === 'opening' ? 'could not be opened' : 'stopped working'} (${reason}). ` +
        'If the disk is full, free some space and start again; if the directory is damaged, restore it from a backup, ' +
        `or move ${dataDir} away to start with an empty database.`,
      { cause },
    );
  }
}
