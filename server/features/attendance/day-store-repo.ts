import { and, asc, eq, sql } from 'drizzle-orm';
import type { DayRecord } from '../../../domain/day';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { users } from '../../db/schema';
import type { PlannedSchedule } from '../working-time';

/*
 * The stored day's statements (the day close's and a late re-evaluation's): a fixed number
 * per chunk of officers whatever its size, the officers' ids and rows passed as arrays
 * (`= ANY($1::uuid[])`, `unnest(…)`), so neither the SQL text nor its parameter count grows
 * with the number of officers (PostgreSQL takes at most 65,535 parameters in one statement).
 */

const uuids = (ids: string[]) => sql`${sql.param(ids)}::uuid[]`;
/** The smallest uuid: "after nothing" is after this one. */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export type Officer = { id: string; dutyState: string; unitId: string | null };

const activeOfficer = (orgId: string) => and(eq(users.orgId, orgId), eq(users.status, 'ACTIVE'), sql`'PEGAWAI' = ANY(${users.roles})`);

/** The next `limit` active officers (PEGAWAI) of an organisation in id order, after `afterId` (from the first when null). */
export async function officersAfter(db: Db, orgId: string, afterId: string | null, limit: number): Promise<Officer[]> {
  return db
    .select({ id: users.id, dutyState: users.dutyState, unitId: users.unitId })
    .from(users)
    .where(and(activeOfficer(orgId), sql`${users.id} > ${afterId ?? NIL_UUID}::uuid`))
    .orderBy(asc(users.id))
    .limit(limit);
}

/** Those of the given users who are active officers, in id order. */
export async function officersByIds(db: Db, orgId: string, userIds: string[]): Promise<Officer[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ id: users.id, dutyState: users.dutyState, unitId: users.unitId })
    .from(users)
    .where(and(activeOfficer(orgId), sql`${users.id} = ANY(${uuids(userIds)})`))
    .orderBy(asc(users.id));
}

export type ClosedDay = { userId: string; record: DayRecord; planned: PlannedSchedule };

/**
 * Writes (or rewrites) the officers' closed days of `date` and brings their issue rows in
 * line with them, in three statements whatever their number: the day records, the issues
 * (upserted; `xmax = 0` tells a new row), and the open issues the days no longer have
 * (GUGUR). Returns, per officer with new issues, their codes in the record's order.
 */
export async function saveDays(db: Db, orgId: string, date: string, days: ClosedDay[]): Promise<Map<string, string[]>> {
  if (days.length === 0) return new Map();
  const col = <T>(f: (r: DayRecord) => T) => sql.param(days.map((d) => f(d.record)));
  const plan = <T>(f: (p: PlannedSchedule) => T) => sql.param(days.map((d) => f(d.planned)));
  await db.execute(sql`
    INSERT INTO day_records (org_id, user_id, date, day_type, status, holiday, effective_start, required_end, check_in, check_out,
      worked_minutes, late_minutes, early_minutes, worked_on_rest_day, issues, schedule_name, schedule_type, planned_start, planned_end)
    SELECT ${orgId}::uuid, u, ${date}::date, dt, st, ho, es, re, ci, co, wm, lm, em, wr, iss::jsonb, sn, sy, ps, pe
    FROM unnest(${uuids(days.map((d) => d.userId))}, ${col((r) => r.dayType)}::text[], ${col((r) => r.status)}::text[], ${col((r) => r.holiday)}::text[],
      ${col((r) => r.effectiveStart)}::text[], ${col((r) => r.requiredEnd)}::text[], ${col((r) => r.checkIn)}::timestamptz[], ${col((r) => r.checkOut)}::timestamptz[],
      ${col((r) => Math.round(r.workedMinutes))}::int[], ${col((r) => r.lateMinutes)}::int[], ${col((r) => r.earlyMinutes)}::int[],
      ${col((r) => r.workedOnRestDay)}::bool[], ${col((r) => JSON.stringify(r.issues))}::text[],
      ${plan((p) => p.name)}::text[], ${plan((p) => p.type)}::text[], ${plan((p) => p.start)}::text[], ${plan((p) => p.end)}::text[])
      AS t(u, dt, st, ho, es, re, ci, co, wm, lm, em, wr, iss, sn, sy, ps, pe)
    ON CONFLICT (org_id, user_id, date) DO UPDATE SET
      day_type = excluded.day_type, status = excluded.status, holiday = excluded.holiday, effective_start = excluded.effective_start,
      required_end = excluded.required_end, check_in = excluded.check_in, check_out = excluded.check_out, worked_minutes = excluded.worked_minutes,
      late_minutes = excluded.late_minutes, early_minutes = excluded.early_minutes, worked_on_rest_day = excluded.worked_on_rest_day,
      issues = excluded.issues, schedule_name = excluded.schedule_name, schedule_type = excluded.schedule_type,
      planned_start = excluded.planned_start, planned_end = excluded.planned_end, evaluated_at = now()`);
  // One row per officer and code (a code the engine gave twice is written once, with its last details).
  const issues = new Map<string, { userId: string; code: string; minutes: number | null; rule: string }>();
  for (const d of days)
    for (const i of d.record.issues) issues.set(`${d.userId}/${i.code}`, { userId: d.userId, code: i.code, minutes: i.minutes ?? null, rule: i.rule });
  const rows = [...issues.values()];
  const added = new Set<string>();
  if (rows.length > 0) {
    const icol = <T>(f: (r: (typeof rows)[number]) => T) => sql.param(rows.map(f));
    const written = await rowsOf<{ user_id: string; code: string; inserted: boolean }>(
      db,
      sql`
      INSERT INTO attendance_issues (org_id, user_id, date, code, minutes, rule, state)
      SELECT ${orgId}::uuid, u, ${date}::date, c, m, r, 'TERBUKA'
      FROM unnest(${uuids(rows.map((r) => r.userId))}, ${icol((r) => r.code)}::text[], ${icol((r) => r.minutes)}::int[], ${icol((r) => r.rule)}::text[]) AS t(u, c, m, r)
      ON CONFLICT (org_id, user_id, date, code) DO UPDATE SET minutes = excluded.minutes, rule = excluded.rule, state = 'TERBUKA', updated_at = now()
      RETURNING user_id, code, (xmax = 0) AS inserted`,
    );
    for (const w of written) if (w.inserted) added.add(`${w.user_id}/${w.code}`);
  }
  // The issues kept, as "user code" texts: PostgreSQL looks them up in a hash (an anti-join with unnest was a nested loop).
  await db.execute(sql`
    UPDATE attendance_issues a SET state = 'GUGUR', updated_at = now()
    WHERE a.org_id = ${orgId} AND a.date = ${date}::date AND a.state = 'TERBUKA' AND a.user_id = ANY(${uuids(days.map((d) => d.userId))})
      AND NOT (a.user_id::text || ' ' || a.code = ANY(${sql.param(rows.map((r) => `${r.userId} ${r.code}`))}::text[]))`);
  const out = new Map<string, string[]>();
  for (const d of days) {
    const codes = [...new Set(d.record.issues.map((i) => i.code))].filter((c) => added.has(`${d.userId}/${c}`));
    if (codes.length > 0) out.set(d.userId, codes);
  }
  return out;
}

/** Whether the officer's day of `date` has been closed: the date is closed, or a close under way has passed the officer. */
export async function isClosedFor(db: Db, orgId: string, date: string, userId: string): Promise<boolean> {
  const [row] = await rowsOf<{ closed: boolean }>(
    db,
    sql`
    SELECT EXISTS (SELECT 1 FROM day_closes WHERE org_id = ${orgId} AND date = ${date}::date)
      OR EXISTS (SELECT 1 FROM day_close_progress WHERE org_id = ${orgId} AND date = ${date}::date AND last_user_id >= ${userId}::uuid) AS closed`,
  );
  return row?.closed === true;
}
