import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles, makeUnit } from '../test/factories';
import { openTestDatabase } from '../test/harness';
import type { Database } from './client';
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
  it('a query with no org filter sees only the tenant\'s rows', async () => {
    await database.forTenant(a.org.id, async (db) => {
      const ids = (await db.select({ id: users.id, orgId: users.orgId }).from(users)).map((u) => u.orgId);
      expect(ids.length).toBe(4);
      expect(new Set(ids)).toEqual(new Set([a.org.id]));
      expect((await db.select().from(organisations)).map((o) => o.id)).toEqual([a.org.id]);
      expect(await db.select().from(orgUnits).where(eq(orgUnits.orgId, b.org.id))).toEqual([]);
      expect(await db.select().from(auditLog).where(eq(auditLog.orgId, b.org.id))).toEqual([]);
    });
  });

  it('refuses to write another organisation\'s rows', async () => {
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
});
