import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './client';

/** Rows of a raw SQL query; both drivers answer `{ rows }`. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  // Db is generic over its driver, so execute() answers an abstract type; both drivers' results have `rows`.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

/**
 * Lets the statements of the current transaction run for up to `ms` (a report over many
 * days), instead of the connection's statement timeout. Transaction-scoped, so safe behind
 * PgBouncer; 0 leaves the connection's timeout as it is.
 */
export async function allowLongerStatements(db: Db, ms: number): Promise<void> {
  if (ms > 0) await db.execute(sql`SELECT set_config('statement_timeout', ${String(ms)}, true)`);
}
