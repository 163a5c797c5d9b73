import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { dayStatuses } from '../../db/schema';
import type { StatusRow } from '../attendance';

export async function listStatuses(db: Db, orgId: string, userId: string, from: string, to: string): Promise<StatusRow[]> {
  return db
    .select()
    .from(dayStatuses)
    .where(and(eq(dayStatuses.orgId, orgId), eq(dayStatuses.userId, userId), gte(dayStatuses.date, from), lte(dayStatuses.date, to)))
    .orderBy(asc(dayStatuses.date), asc(dayStatuses.createdAt));
}

export async function liveStatusesOn(db: Db, orgId: string, userId: string, date: string): Promise<StatusRow[]> {
  return db
    .select()
    .from(dayStatuses)
    .where(
      and(eq(dayStatuses.orgId, orgId), eq(dayStatuses.userId, userId), eq(dayStatuses.date, date), inArray(dayStatuses.state, ['MENUNGGU', 'DILULUSKAN'])),
    );
}

export async function findStatus(db: Db, orgId: string, id: string): Promise<StatusRow | null> {
  const rows = await db
    .select()
    .from(dayStatuses)
    .where(and(eq(dayStatuses.orgId, orgId), eq(dayStatuses.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertStatus(db: Db, v: typeof dayStatuses.$inferInsert): Promise<StatusRow> {
  const [row] = await db.insert(dayStatuses).values(v).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function setStatusState(
  db: Db,
  orgId: string,
  id: string,
  v: Partial<Pick<StatusRow, 'state' | 'decidedBy' | 'decidedAt' | 'decisionNote'>>,
): Promise<StatusRow> {
  const [row] = await db
    .update(dayStatuses)
    .set(v)
    .where(and(eq(dayStatuses.orgId, orgId), eq(dayStatuses.id, id)))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}
