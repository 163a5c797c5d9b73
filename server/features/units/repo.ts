import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { orgUnits } from '../../db/schema';

export type UnitRow = typeof orgUnits.$inferSelect;

export async function findUnit(db: Db, orgId: string, id: string): Promise<UnitRow | null> {
  const rows = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.orgId, orgId), eq(orgUnits.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function listUnits(db: Db, orgId: string) {
  return db
    .select({
      id: orgUnits.id,
      name: orgUnits.name,
      code: orgUnits.code,
      parentId: orgUnits.parentId,
      // Qualified by hand: drizzle renders a bare column name inside a select list.
      userCount: sql<number>`(select count(*)::int from users u where u.org_id = "org_units"."org_id" and u.unit_id = "org_units"."id")`,
    })
    .from(orgUnits)
    .where(eq(orgUnits.orgId, orgId))
    .orderBy(asc(orgUnits.name));
}

export async function insertUnit(db: Db, values: { orgId: string; name: string; code: string | null; parentId: string | null }) {
  const rows = await db.insert(orgUnits).values(values).returning();
  const row = rows[0];
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateUnit(db: Db, orgId: string, id: string, values: Partial<Pick<UnitRow, 'name' | 'code' | 'parentId'>>) {
  await db
    .update(orgUnits)
    .set(values)
    .where(and(eq(orgUnits.orgId, orgId), eq(orgUnits.id, id)));
}

export async function deleteUnit(db: Db, orgId: string, id: string) {
  await db.delete(orgUnits).where(and(eq(orgUnits.orgId, orgId), eq(orgUnits.id, id)));
}

/** Sub-units and users that still hang on a unit. */
export async function unitDependents(db: Db, orgId: string, id: string) {
  const rows = await rowsOf<{ units: number; users: number }>(
    db,
    sql`
    SELECT (SELECT count(*)::int FROM org_units WHERE org_id = ${orgId} AND parent_id = ${id}) AS units,
           (SELECT count(*)::int FROM users WHERE org_id = ${orgId} AND unit_id = ${id}) AS users`,
  );
  const r = rows[0];
  return { units: Number(r?.units ?? 0), users: Number(r?.users ?? 0) };
}

/** The ids from `start` up to the root (inclusive). */
export async function unitAncestry(db: Db, orgId: string, start: string): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`
    WITH RECURSIVE up(id, depth) AS (
      SELECT ${start}::uuid, 0
      UNION
      SELECT u.parent_id, up.depth + 1 FROM org_units u JOIN up ON u.id = up.id
      WHERE u.org_id = ${orgId} AND u.parent_id IS NOT NULL AND up.depth < 100
    )
    SELECT id FROM up`,
  );
  return rows.map((r) => r.id);
}
