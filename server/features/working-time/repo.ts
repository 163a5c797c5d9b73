import { and, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { dayStatuses, movements, orgUnits, punches, rosterEntries, scheduleAssignments, workPatternDays, workPatterns, workSchedules } from '../../db/schema';

/*
 * The officer-day context's reads: a fixed number of statements for any number of
 * officers, their ids passed as one array (`= ANY($1::uuid[])`), so neither the SQL text
 * nor its parameter count grows with them.
 */

const uuids = (ids: string[]) => sql`${sql.param(ids)}::uuid[]`;

export type ScheduleRow = typeof workSchedules.$inferSelect;

/** Every schedule of the organisation, active or not (a deactivated one still judges the days it was given). */
export async function schedulesOf(db: Db, orgId: string): Promise<ScheduleRow[]> {
  return db.select().from(workSchedules).where(eq(workSchedules.orgId, orgId));
}

/** Every pattern of the organisation with its days in order. */
export async function patternDaysOf(db: Db, orgId: string) {
  return db
    .select({
      id: workPatterns.id,
      anchor: workPatterns.anchor,
      cycleDays: workPatterns.cycleDays,
      dayIndex: workPatternDays.dayIndex,
      scheduleId: workPatternDays.scheduleId,
    })
    .from(workPatterns)
    .leftJoin(workPatternDays, and(eq(workPatternDays.orgId, workPatterns.orgId), eq(workPatternDays.patternId, workPatterns.id)))
    .where(eq(workPatterns.orgId, orgId));
}

/** The organisation's unit tree as (id, parent). */
export async function unitParentsOf(db: Db, orgId: string) {
  return db.select({ id: orgUnits.id, parentId: orgUnits.parentId }).from(orgUnits).where(eq(orgUnits.orgId, orgId));
}

/** Assignments that touch [from, to]: the organisation's and every unit's, and those of the given officers. */
export async function assignmentsTouching(db: Db, orgId: string, userIds: string[], from: string, to: string) {
  return db
    .select()
    .from(scheduleAssignments)
    .where(
      and(
        eq(scheduleAssignments.orgId, orgId),
        lte(scheduleAssignments.from, to),
        sql`(${scheduleAssignments.to} IS NULL OR ${scheduleAssignments.to} >= ${from}::date)`,
        sql`(${scheduleAssignments.userId} IS NULL OR ${scheduleAssignments.userId} = ANY(${uuids(userIds)}))`,
      ),
    );
}

/** The given officers' roster cells of [from, to]. */
export async function rosterCellsOf(db: Db, orgId: string, userIds: string[], from: string, to: string) {
  return db
    .select({ userId: rosterEntries.userId, date: rosterEntries.date, scheduleId: rosterEntries.scheduleId })
    .from(rosterEntries)
    .where(
      and(eq(rosterEntries.orgId, orgId), sql`${rosterEntries.userId} = ANY(${uuids(userIds)})`, gte(rosterEntries.date, from), lte(rosterEntries.date, to)),
    );
}

/** What the rules engine reads for the given officers: punches in [fromAt, toAt), approved statuses and movements of the dates [from, to]. */
export async function engineRows(db: Db, orgId: string, userIds: string[], from: string, to: string, fromAt: Date, toAt: Date) {
  const punchRows = await db
    .select({ userId: punches.userId, at: punches.at, kind: punches.kind, place: punches.place })
    .from(punches)
    .where(and(eq(punches.orgId, orgId), sql`${punches.userId} = ANY(${uuids(userIds)})`, gte(punches.at, fromAt), lt(punches.at, toAt)));
  const statusRows = await db
    .select({
      userId: dayStatuses.userId,
      date: dayStatuses.date,
      code: dayStatuses.code,
      part: dayStatuses.part,
      dutyStart: dayStatuses.dutyStart,
      outOfStation: dayStatuses.outOfStation,
    })
    .from(dayStatuses)
    .where(
      and(
        eq(dayStatuses.orgId, orgId),
        sql`${dayStatuses.userId} = ANY(${uuids(userIds)})`,
        gte(dayStatuses.date, from),
        lte(dayStatuses.date, to),
        eq(dayStatuses.state, 'DILULUSKAN'),
      ),
    );
  const movementRows = await db
    .select({ userId: movements.userId, leaveAt: movements.leaveAt, expectedReturn: movements.expectedReturn, actualReturn: movements.actualReturn })
    .from(movements)
    .where(
      and(
        eq(movements.orgId, orgId),
        sql`${movements.userId} = ANY(${uuids(userIds)})`,
        gte(movements.date, from),
        lte(movements.date, to),
        eq(movements.state, 'DILULUSKAN'),
      ),
    );
  return { punches: punchRows, statuses: statusRows, movements: movementRows };
}

/** Every organisation's FIXED and SHIFT schedules (the day close reads their windows for its close times). */
export async function timedSchedulesOfAll(db: Db): Promise<ScheduleRow[]> {
  return db
    .select()
    .from(workSchedules)
    .where(sql`${workSchedules.type} <> 'WBF'`);
}
