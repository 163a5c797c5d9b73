import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { organisations, orgUnits, rosterEntries, scheduleAssignments, users, workPatternDays, workPatterns, workSchedules } from '../../db/schema';

/* The organisation admin's writes and lists of working time: schedules, patterns, assignments, roster cells. */

export type ScheduleInsert = Omit<typeof workSchedules.$inferInsert, 'orgId' | 'id' | 'createdAt' | 'updatedAt'>;

export async function listSchedules(db: Db, orgId: string) {
  return db.select().from(workSchedules).where(eq(workSchedules.orgId, orgId)).orderBy(asc(workSchedules.name), asc(workSchedules.id));
}

export async function findSchedule(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(workSchedules)
    .where(and(eq(workSchedules.orgId, orgId), eq(workSchedules.id, id)));
  return row ?? null;
}

export async function insertSchedule(db: Db, orgId: string, values: ScheduleInsert) {
  const [row] = await db
    .insert(workSchedules)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

export async function updateSchedule(db: Db, orgId: string, id: string, values: Partial<ScheduleInsert>) {
  const [row] = await db
    .update(workSchedules)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(workSchedules.orgId, orgId), eq(workSchedules.id, id)))
    .returning();
  return row ?? null;
}

/** Deletes a schedule; a pattern day, assignment or roster cell that names it makes this a foreign-key violation. */
export async function deleteSchedule(db: Db, orgId: string, id: string) {
  await db.delete(workSchedules).where(and(eq(workSchedules.orgId, orgId), eq(workSchedules.id, id)));
}

/** Which of the ids are schedules of the organisation, with whether each is active. */
export async function schedulesByIds(db: Db, orgId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: workSchedules.id, active: workSchedules.active })
    .from(workSchedules)
    .where(and(eq(workSchedules.orgId, orgId), inArray(workSchedules.id, ids)));
}

export async function listPatterns(db: Db, orgId: string) {
  return db.select().from(workPatterns).where(eq(workPatterns.orgId, orgId)).orderBy(asc(workPatterns.name), asc(workPatterns.id));
}

export async function findPattern(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(workPatterns)
    .where(and(eq(workPatterns.orgId, orgId), eq(workPatterns.id, id)));
  return row ?? null;
}

/** The days of the organisation's patterns (all, or the given ones), in order. */
export async function patternDays(db: Db, orgId: string, patternIds?: string[]) {
  if (patternIds && patternIds.length === 0) return [];
  return db
    .select()
    .from(workPatternDays)
    .where(and(eq(workPatternDays.orgId, orgId), patternIds ? inArray(workPatternDays.patternId, patternIds) : undefined))
    .orderBy(asc(workPatternDays.patternId), asc(workPatternDays.dayIndex));
}

export async function insertPattern(db: Db, orgId: string, values: { name: string; anchor: string; days: (string | null)[] }) {
  const [row] = await db.insert(workPatterns).values({ orgId, name: values.name, anchor: values.anchor, cycleDays: values.days.length }).returning();
  await writePatternDays(db, orgId, row!.id, values.days);
  return row!;
}

export async function updatePattern(db: Db, orgId: string, id: string, values: { name?: string; anchor?: string; days?: (string | null)[]; active?: boolean }) {
  const { days, ...rest } = values;
  const [row] = await db
    .update(workPatterns)
    .set({ ...rest, ...(days ? { cycleDays: days.length } : {}), updatedAt: sql`now()` })
    .where(and(eq(workPatterns.orgId, orgId), eq(workPatterns.id, id)))
    .returning();
  if (row && days) {
    await db.delete(workPatternDays).where(and(eq(workPatternDays.orgId, orgId), eq(workPatternDays.patternId, id)));
    await writePatternDays(db, orgId, id, days);
  }
  return row ?? null;
}

async function writePatternDays(db: Db, orgId: string, patternId: string, days: (string | null)[]) {
  await db.insert(workPatternDays).values(days.map((scheduleId, dayIndex) => ({ orgId, patternId, dayIndex, scheduleId })));
}

/** Deletes a pattern (its days go with it); an assignment that names it makes this a foreign-key violation. */
export async function deletePattern(db: Db, orgId: string, id: string) {
  await db.delete(workPatterns).where(and(eq(workPatterns.orgId, orgId), eq(workPatterns.id, id)));
}

export type AssignmentRow = typeof scheduleAssignments.$inferSelect;

/** The organisation's assignments, optionally those of one officer or one unit (or only the organisation default with `level`). */
export async function listAssignments(db: Db, orgId: string, filter: { userId?: string; unitId?: string; level?: 'ORGANISATION' | 'UNIT' | 'USER' } = {}) {
  const level =
    filter.level === 'ORGANISATION'
      ? sql`${scheduleAssignments.userId} IS NULL AND ${scheduleAssignments.unitId} IS NULL`
      : filter.level === 'UNIT'
        ? sql`${scheduleAssignments.unitId} IS NOT NULL`
        : filter.level === 'USER'
          ? sql`${scheduleAssignments.userId} IS NOT NULL`
          : undefined;
  return db
    .select()
    .from(scheduleAssignments)
    .where(
      and(
        eq(scheduleAssignments.orgId, orgId),
        filter.userId ? eq(scheduleAssignments.userId, filter.userId) : undefined,
        filter.unitId ? eq(scheduleAssignments.unitId, filter.unitId) : undefined,
        level,
      ),
    )
    .orderBy(asc(scheduleAssignments.from), asc(scheduleAssignments.id));
}

export async function findAssignment(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(scheduleAssignments)
    .where(and(eq(scheduleAssignments.orgId, orgId), eq(scheduleAssignments.id, id)));
  return row ?? null;
}

/** An assignment of the same level and target whose dates meet [from, to] (to open when null). */
export async function overlappingAssignment(db: Db, orgId: string, target: { userId: string | null; unitId: string | null }, from: string, to: string | null) {
  const [row] = await db
    .select()
    .from(scheduleAssignments)
    .where(
      and(
        eq(scheduleAssignments.orgId, orgId),
        sql`${scheduleAssignments.userId} IS NOT DISTINCT FROM ${target.userId}::uuid`,
        sql`${scheduleAssignments.unitId} IS NOT DISTINCT FROM ${target.unitId}::uuid`,
        sql`daterange(${scheduleAssignments.from}, ${scheduleAssignments.to}, '[]') && daterange(${from}::date, ${to}::date, '[]')`,
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertAssignment(db: Db, values: typeof scheduleAssignments.$inferInsert) {
  const [row] = await db.insert(scheduleAssignments).values(values).returning();
  return row!;
}

export async function deleteAssignment(db: Db, orgId: string, id: string) {
  await db.delete(scheduleAssignments).where(and(eq(scheduleAssignments.orgId, orgId), eq(scheduleAssignments.id, id)));
}

/** Whether the user is in the organisation (any status). */
export async function userExists(db: Db, orgId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)))
    .limit(1);
  return rows.length > 0;
}

/** Whether the user is an active officer (PEGAWAI) of the organisation: who may have a roster cell. */
export async function officerOfOrg(db: Db, orgId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, userId), eq(users.status, 'ACTIVE'), sql`'PEGAWAI' = ANY(${users.roles})`))
    .limit(1);
  return rows.length > 0;
}

export async function unitExists(db: Db, orgId: string, unitId: string): Promise<boolean> {
  const rows = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.orgId, orgId), eq(orgUnits.id, unitId)))
    .limit(1);
  return rows.length > 0;
}

export async function findRosterCell(db: Db, orgId: string, userId: string, date: string) {
  const [row] = await db
    .select()
    .from(rosterEntries)
    .where(and(eq(rosterEntries.orgId, orgId), eq(rosterEntries.userId, userId), eq(rosterEntries.date, date)));
  return row ?? null;
}

export async function upsertRosterCell(db: Db, orgId: string, userId: string, date: string, scheduleId: string | null) {
  const [row] = await db
    .insert(rosterEntries)
    .values({ orgId, userId, date, scheduleId })
    .onConflictDoUpdate({ target: [rosterEntries.orgId, rosterEntries.userId, rosterEntries.date], set: { scheduleId, updatedAt: sql`now()` } })
    .returning();
  return row!;
}

export async function deleteRosterCell(db: Db, orgId: string, userId: string, date: string) {
  await db.delete(rosterEntries).where(and(eq(rosterEntries.orgId, orgId), eq(rosterEntries.userId, userId), eq(rosterEntries.date, date)));
}

/** Active officers of a unit's sub-tree (20 levels at most), by name: the rows of its roster grid. */
export async function officersOfUnitTree(db: Db, orgId: string, unitId: string) {
  return rowsOf<{ id: string; full_name: string; staff_no: string; duty_state: string; unit_id: string | null }>(
    db,
    sql`
    WITH RECURSIVE tree AS (
      SELECT id, 1 AS depth FROM org_units WHERE org_id = ${orgId} AND id = ${unitId}
      UNION
      SELECT u.id, t.depth + 1 FROM org_units u JOIN tree t ON u.parent_id = t.id WHERE u.org_id = ${orgId} AND t.depth < 20
    )
    SELECT u.id, u.full_name, u.staff_no, u.duty_state, u.unit_id FROM users u
    WHERE u.org_id = ${orgId} AND u.status = 'ACTIVE' AND 'PEGAWAI' = ANY(u.roles) AND u.unit_id IN (SELECT id FROM tree)
    ORDER BY u.full_name, u.id`,
  );
}

/** The organisation's zone and settings (what the roster grid's context needs). */
export async function orgOf(db: Db, orgId: string) {
  const [row] = await db
    .select({ id: organisations.id, timeZone: organisations.timeZone, settings: organisations.settings })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return row ?? null;
}
