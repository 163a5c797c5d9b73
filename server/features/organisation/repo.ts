import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisations, users } from '../../db/schema';

export type OrgRow = typeof organisations.$inferSelect;

export async function findOrg(db: Db, id: string): Promise<OrgRow | null> {
  const rows = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function updateOrg(db: Db, id: string, values: Partial<Pick<OrgRow, 'name' | 'settings' | 'active'>>) {
  await db.update(organisations).set(values).where(eq(organisations.id, id));
}

export async function insertOrg(db: Db, values: typeof organisations.$inferInsert): Promise<OrgRow> {
  const rows = await db.insert(organisations).values(values).returning();
  const row = rows[0];
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function orgCodeTaken(db: Db, code: string): Promise<boolean> {
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(sql`lower(${organisations.code}) = lower(${code})`)
    .limit(1);
  return rows.length > 0;
}

export async function listOrgs(db: Db, q: string | undefined, page: number, pageSize: number) {
  const like = q?.trim() ? `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const where = like ? or(ilike(organisations.name, like), ilike(organisations.code, like)) : undefined;
  // One after another: inside a request's transaction there is one connection.
  const items = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      code: organisations.code,
      state: organisations.state,
      timeZone: organisations.timeZone,
      active: organisations.active,
      onboardedOn: organisations.onboardedOn,
      // Qualified by hand: drizzle renders a bare column name inside a select list.
      userCount: sql<number>`(select count(*)::int from users u where u.org_id = "organisations"."id")`,
    })
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.name))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const totals = await db.select({ n: count() }).from(organisations).where(where);
  return { items, total: totals[0]?.n ?? 0 };
}

export async function countActiveOrgUsers(db: Db, orgId: string): Promise<number> {
  const r = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.status, 'ACTIVE')));
  return r[0]?.n ?? 0;
}
