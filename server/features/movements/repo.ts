import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { movements } from '../../db/schema';
import type { MovementRow } from '../attendance';

export async function listMovements(db: Db, orgId: string, userId: string, from: string, to: string): Promise<MovementRow[]> {
  return db
    .select()
    .from(movements)
    .where(and(eq(movements.orgId, orgId), eq(movements.userId, userId), gte(movements.date, from), lte(movements.date, to)))
    .orderBy(asc(movements.leaveAt));
}

export async function liveMovementsOn(db: Db, orgId: string, userId: string, date: string): Promise<MovementRow[]> {
  return db
    .select()
    .from(movements)
    .where(and(eq(movements.orgId, orgId), eq(movements.userId, userId), eq(movements.date, date), inArray(movements.state, ['MENUNGGU', 'DILULUSKAN'])));
}

export async function findMovement(db: Db, orgId: string, id: string): Promise<MovementRow | null> {
  const rows = await db
    .select()
    .from(movements)
    .where(and(eq(movements.orgId, orgId), eq(movements.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertMovement(db: Db, v: typeof movements.$inferInsert): Promise<MovementRow> {
  const [row] = await db.insert(movements).values(v).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateMovement(
  db: Db,
  orgId: string,
  id: string,
  v: Partial<Pick<MovementRow, 'state' | 'actualReturn' | 'decidedBy' | 'decidedAt' | 'decisionNote'>>,
): Promise<MovementRow> {
  const [row] = await db
    .update(movements)
    .set(v)
    .where(and(eq(movements.orgId, orgId), eq(movements.id, id)))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}
