import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/raw';

/**
 * Counts one hit of `key` in the current fixed window of `windowMs` (windows aligned on
 * the database's clock, so every server process agrees), in one atomic statement.
 * Returns the hits so far in the window and the milliseconds left in it.
 */
export async function countHit(db: Db, key: string, windowMs: number): Promise<{ hits: number; ttlMs: number }> {
  const [row] = await rowsOf<{ hits: number; ttl_ms: number }>(
    db,
    sql`
    INSERT INTO rate_limit_hits (key, window_start, hits)
    VALUES (${key}, to_timestamp(floor(extract(epoch FROM now()) * 1000 / ${windowMs}::int) * ${windowMs}::int / 1000.0), 1)
    ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
    RETURNING hits, greatest(0, ceil(extract(epoch FROM window_start - now()) * 1000 + ${windowMs}::int))::int AS ttl_ms`,
  );
  if (!row) throw new Error('rate limit hit not counted');
  return { hits: Number(row.hits), ttlMs: Number(row.ttl_ms) };
}

/** Deletes windows that began over an hour ago (no limited route has a window that long). */
export async function deleteOldWindows(db: Db): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limit_hits WHERE window_start < now() - interval '1 hour'`);
}
