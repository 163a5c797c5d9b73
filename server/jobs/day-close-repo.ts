import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/raw';
import { dayCloseProgress, dayCloses } from '../db/schema';
import { timedSchedulesOfAll } from '../features/working-time';

/*
 * The day close's own bookkeeping: its progress through an organisation's officers, the
 * dates closed, and its lock. What it reads and stores per officer is the attendance
 * feature's (`server/features/attendance/day-store.ts`).
 */

/** Where an unfinished close of the date stopped: the last officer id it committed and how many officers' days it had written. */
export async function closeProgress(db: Db, orgId: string, date: string): Promise<{ lastUserId: string; officers: number } | null> {
  const [row] = await db
    .select({ lastUserId: dayCloseProgress.lastUserId, officers: dayCloseProgress.officers })
    .from(dayCloseProgress)
    .where(and(eq(dayCloseProgress.orgId, orgId), eq(dayCloseProgress.date, date)));
  return row ?? null;
}

export async function saveProgress(db: Db, orgId: string, date: string, lastUserId: string, officers: number): Promise<void> {
  await db
    .insert(dayCloseProgress)
    .values({ orgId, date, lastUserId, officers })
    .onConflictDoUpdate({ target: [dayCloseProgress.orgId, dayCloseProgress.date], set: { lastUserId, officers, updatedAt: sql`now()` } });
}

/** Records the date as closed and ends its progress row. */
export async function recordClose(db: Db, orgId: string, date: string, officers: number): Promise<void> {
  await db
    .insert(dayCloses)
    .values({ orgId, date, officers })
    .onConflictDoUpdate({ target: [dayCloses.orgId, dayCloses.date], set: { closedAt: sql`now()`, officers } });
  await db.delete(dayCloseProgress).where(and(eq(dayCloseProgress.orgId, orgId), eq(dayCloseProgress.date, date)));
}

/** Whether the date is closed for the whole organisation. */
export async function isClosed(db: Db, orgId: string, date: string): Promise<boolean> {
  const rows = await db
    .select({ date: dayCloses.date })
    .from(dayCloses)
    .where(and(eq(dayCloses.orgId, orgId), eq(dayCloses.date, date)))
    .limit(1);
  return rows.length > 0;
}

/** Every active organisation with its zone, state, settings, first day, the last date it closed, and its FIXED and SHIFT schedules (their windows set the close time). */
export async function organisationsToClose(db: Db) {
  const orgs = await rowsOf<{
    id: string;
    code: string;
    time_zone: string;
    state: string;
    settings: unknown;
    onboarded_on: string;
    last_closed: string | null;
  }>(
    db,
    sql`
    SELECT o.id, o.code, o.time_zone, o.state, o.settings, o.onboarded_on::text AS onboarded_on,
      (SELECT max(date)::text FROM day_closes c WHERE c.org_id = o.id) AS last_closed
    FROM organisations o WHERE o.active`,
  );
  const timed = await timedSchedulesOfAll(db);
  return orgs.map((o) => ({ ...o, schedules: timed.filter((s) => s.orgId === o.id) }));
}

/** Takes the job's lock for one organisation and date within the transaction; false when another process holds it. */
export async function tryDayLock(db: Db, orgId: string, date: string): Promise<boolean> {
  const [row] = await rowsOf<{ ok: boolean }>(db, sql`SELECT pg_try_advisory_xact_lock(hashtext('day-close'), hashtext(${`${orgId}/${date}`})) AS ok`);
  return row?.ok === true;
}
