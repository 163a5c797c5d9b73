import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles, makeUnit } from '../test/factories';
import { openTestDatabase } from '../test/harness';
import type { Database } from './client';
import { rowsOf } from './raw';
import { auditLog, orgUnits, organisations, users } from './schema';

let database: Database;
let a: Awaited<ReturnType<typeof makeOrgWithRoles>>;
let b: Awaited<ReturnType<typeof makeOrgWithRoles>>;
beforeAll(async () => {
  database = await openTestDatabase();
  a = await makeOrgWithRoles(database.db);
  b = await makeOrgWithRoles(database.db);
  await makeUnit(database.db, b.org.id, 'Unit B');
});
afterAll(async () => database.close());

describe('row-level security: the second wall', () => {
  it("a query with no org filter sees only the tenant's rows", async () => {
    await database.forTenant(a.org.id, async (db) => {
      const ids = (await db.select({ id: users.id, orgId: users.orgId }).from(users)).map((u) => u.orgId);
      expect(ids.length).toBe(4);
      expect(new Set(ids)).toEqual(new Set([a.org.id]));
      expect((await db.select().from(organisations)).map((o) => o.id)).toEqual([a.org.id]);
      expect(await db.select().from(orgUnits).where(eq(orgUnits.orgId, b.org.id))).toEqual([]);
      expect(await db.select().from(auditLog).where(eq(auditLog.orgId, b.org.id))).toEqual([]);
    });
  });

  it("refuses to write another organisation's rows", async () => {
    await expect(database.forTenant(a.org.id, (db) => db.insert(orgUnits).values({ orgId: b.org.id, name: 'Sneaky' }))).rejects.toThrow();
    const changed = await database.forTenant(a.org.id, (db) => db.update(users).set({ fullName: 'Hijacked' }).where(eq(users.id, b.officer.id)).returning());
    expect(changed).toEqual([]);
    const [row] = await database.db.select({ name: users.fullName }).from(users).where(eq(users.id, b.officer.id));
    expect(row?.name).not.toBe('Hijacked');
  });

  it('sees nothing without an organisation set', async () => {
    const rows = await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL ROLE spotme_app`);
      return tx.select().from(users);
    });
    expect(rows).toEqual([]);
  });

  it("covers every table that holds an organisation's rows", async () => {
    const tables = await rowsOf<{ table: string; rls: boolean; policies: number }>(
      database.db,
      sql`
      SELECT c.relname AS table, c.relrowsecurity AS rls, (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = 'public' AND k.table_name = c.relname AND k.column_name = 'org_id')
      ORDER BY 1`,
    );
    expect(tables.map((t) => t.table)).toEqual(
      expect.arrayContaining([
        'notifications',
        'notification_deliveries',
        'push_subscriptions',
        'justification_attachments',
        'task_comments',
        'task_day_reviews',
      ]),
    );
    expect(tables.filter((t) => !t.rls || t.policies === 0).map((t) => t.table)).toEqual([]);
  });
});
