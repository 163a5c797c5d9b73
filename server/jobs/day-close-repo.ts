import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/raw';
import { attendanceIssues, dayCloses, dayRecords, dayStatuses, movements, punches, users } from '../db/schema';
import type { DayRecord } from '../../domain/day';

/** Active officers (PEGAWAI) of an organisation, with their duty state. */
export async function activeOfficers(db: Db, orgId: string, userIds?: string[]) {
  return db.select({ id: users.id, dutyState: users.dutyState }).from(users)
    .where(and(eq(users.orgId, orgId), eq(users.status, 'ACTIVE'), sql`'PEGAWAI' = ANY(${users.roles})`, userIds ? inArray(users.id, userIds) : undefined));
}

export async function punchesBetween(db: Db, orgId: string, from: Date, to: Date, userIds?: string[]) {
  return db.select({ userId: punches.userId, at: punches.at, kind: punches.kind, place: punches.place }).from(punches)
    .where(and(eq(punches.orgId, orgId), gte(punches.at, from), lt(punches.at, to), userIds ? inArray(punches.userId, userIds) : undefined));
}

export async function approvedStatusesOn(db: Db, orgId: string, date: string) {
  return db.select({ userId: dayStatuses.userId, code: dayStatuses.code, part: dayStatuses.part }).from(dayStatuses)
    .where(and(eq(dayStatuses.orgId, orgId), eq(dayStatuses.date, date), eq(dayStatuses.state, 'DILULUSKAN')));
}

export async function approvedMovementsOn(db: Db, orgId: string, date: string) {
  return db.select({ userId: movements.userId, leaveAt: movements.leaveAt, expectedReturn: movements.expectedReturn, actualReturn: movements.actualReturn }).from(movements)
    .where(and(eq(movements.orgId, orgId), eq(movements.date, date), eq(movements.state, 'DILULUSKAN')));
}

/** Writes (or rewrites) one officer's closed day and brings its issue rows in line with it; returns the codes of issues new to the day. */
export async function saveDay(db: Db, orgId: string, userId: string, r: DayRecord): Promise<string[]> {
  const values = {
    orgId, userId, date: r.date, dayType: r.dayType, status: r.status, holiday: r.holiday, effectiveStart: r.effectiveStart, requiredEnd: r.requiredEnd,
    checkIn: r.checkIn ? new Date(r.checkIn) : null, checkOut: r.checkOut ? new Date(r.checkOut) : null, workedMinutes: Math.round(r.workedMinutes),
    lateMinutes: r.lateMinutes, earlyMinutes: r.earlyMinutes, workedOnRestDay: r.workedOnRestDay, issues: r.issues,
  };
  const { orgId: _o, userId: _u, date: _d, ...changing } = values;
  await db.insert(dayRecords).values(values).onConflictDoUpdate({
    target: [dayRecords.orgId, dayRecords.userId, dayRecords.date],
    set: { ...changing, evaluatedAt: sql`now()` },
  });
  const added: string[] = [];
  for (const i of r.issues) {
    const [row] = await db.insert(attendanceIssues).values({ orgId, userId, date: r.date, code: i.code, minutes: i.minutes ?? null, rule: i.rule, state: 'TERBUKA' })
      .onConflictDoUpdate({
        target: [attendanceIssues.orgId, attendanceIssues.userId, attendanceIssues.date, attendanceIssues.code],
        set: { minutes: i.minutes ?? null, rule: i.rule, state: 'TERBUKA', updatedAt: sql`now()` },
      }).returning({ inserted: sql<boolean>`(xmax = 0)` });
    if (row?.inserted) added.push(i.code);
  }
  const kept = r.issues.map((i) => i.code);
  await db.update(attendanceIssues).set({ state: 'GUGUR', updatedAt: sql`now()` }).where(and(
    eq(attendanceIssues.orgId, orgId), eq(attendanceIssues.userId, userId), eq(attendanceIssues.date, r.date), eq(attendanceIssues.state, 'TERBUKA'),
    kept.length > 0 ? sql`${attendanceIssues.code} NOT IN (${sql.join(kept.map((k) => sql`${k}`), sql`, `)})` : undefined,
  ));
  return added;
}

export async function recordClose(db: Db, orgId: string, date: string, officers: number): Promise<void> {
  await db.insert(dayCloses).values({ orgId, date, officers }).onConflictDoUpdate({ target: [dayCloses.orgId, dayCloses.date], set: { closedAt: sql`now()`, officers } });
}

export async function isClosed(db: Db, orgId: string, date: string): Promise<boolean> {
  const rows = await db.select({ date: dayCloses.date }).from(dayCloses).where(and(eq(dayCloses.orgId, orgId), eq(dayCloses.date, date))).limit(1);
  return rows.length > 0;
}

/** Every active organisation with its zone, state, settings, first day and the last date it closed. */
export async function organisationsToClose(db: Db) {
  return rowsOf<{ id: string; code: string; time_zone: string; state: string; settings: unknown; onboarded_on: string; last_closed: string | null }>(db, sql`
    SELECT o.id, o.code, o.time_zone, o.state, o.settings, o.onboarded_on::text AS onboarded_on,
      (SELECT max(date)::text FROM day_closes c WHERE c.org_id = o.id) AS last_closed
    FROM organisations o WHERE o.active`);
}

/** Takes the job's lock for one organisation and date within the transaction; false when another process holds it. */
export async function tryDayLock(db: Db, orgId: string, date: string): Promise<boolean> {
  const [row] = await rowsOf<{ ok: boolean }>(db, sql`SELECT pg_try_advisory_xact_lock(hashtext('day-close'), hashtext(${`${orgId}/${date}`})) AS ok`);
  return row?.ok === true;
}
