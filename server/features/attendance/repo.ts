import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { dayStatuses, movements, organisations, users } from '../../db/schema';

export type Officer = NonNullable<Awaited<ReturnType<typeof officerBasics>>>;

/** What the rules engine needs about one officer, besides punches. */
export async function officerBasics(db: Db, orgId: string, userId: string) {
  const rows = await db
    .select({
      dutyState: users.dutyState,
      unitId: users.unitId,
      createdAt: users.createdAt,
      fullName: users.fullName,
      staffNo: users.staffNo,
      timeZone: organisations.timeZone,
      orgName: organisations.name,
      settings: organisations.settings,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)))
    .limit(1);
  return rows[0] ?? null;
}

export type StatusRow = typeof dayStatuses.$inferSelect;
export type MovementRow = typeof movements.$inferSelect;

/** Day statuses of [from, to] that are not withdrawn or refused (approved and waiting). */
export async function liveStatuses(db: Db, orgId: string, userId: string, from: string, to: string): Promise<StatusRow[]> {
  return db
    .select()
    .from(dayStatuses)
    .where(
      and(
        eq(dayStatuses.orgId, orgId),
        eq(dayStatuses.userId, userId),
        gte(dayStatuses.date, from),
        lte(dayStatuses.date, to),
        inArray(dayStatuses.state, ['MENUNGGU', 'DILULUSKAN']),
      ),
    )
    .orderBy(asc(dayStatuses.date), asc(dayStatuses.createdAt));
}

export async function liveMovements(db: Db, orgId: string, userId: string, from: string, to: string): Promise<MovementRow[]> {
  return db
    .select()
    .from(movements)
    .where(
      and(
        eq(movements.orgId, orgId),
        eq(movements.userId, userId),
        gte(movements.date, from),
        lte(movements.date, to),
        inArray(movements.state, ['MENUNGGU', 'DILULUSKAN']),
      ),
    )
    .orderBy(asc(movements.leaveAt));
}
