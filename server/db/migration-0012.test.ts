import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, makePunches, makeUser } from '../test/factories';
import { openTestDatabase } from '../test/harness';
import type { Database } from './client';
import { punches } from './schema';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

/** The data statement of migration 0012 (R33), run again over rows as the old punch writer left them. */
const clearDerivedKinds = readFileSync(new URL('./migrations/0012_punch_kinds_outside_duty.sql', import.meta.url), 'utf8')
  .split('--> statement-breakpoint')
  .map((s) => s.trim())
  .find((s) => s.includes('UPDATE punches'));

describe('migration 0012: punch kinds', () => {
  it('clears the kinds the writer derived for web and app punches and keeps the declared ones', async () => {
    expect(clearDerivedKinds).toBeDefined();
    const org = await makeOrg(database.db);
    const u = await makeUser(database.db, org.id, { roles: ['PEGAWAI'] });
    const at = (h: number) => new Date(Date.UTC(2026, 10, 3, h));
    await makePunches(database.db, org.id, [
      { userId: u.id, at: at(0), kind: 'IN', source: 'web' },
      { userId: u.id, at: at(1), kind: 'OUT', source: 'pwa' },
      { userId: u.id, at: at(2), kind: 'OUT', source: 'correction', reason: 'Telefon rosak' },
      { userId: u.id, at: at(3), kind: 'IN', source: 'device' },
      { userId: u.id, at: at(4), kind: 'OUT', source: 'import' },
      { userId: u.id, at: at(5), source: 'web' },
    ]);
    await database.db.execute(sql.raw(clearDerivedKinds ?? ''));
    const rows = await database.db.select({ source: punches.source, kind: punches.kind }).from(punches).where(eq(punches.userId, u.id)).orderBy(punches.at);
    expect(rows).toEqual([
      { source: 'web', kind: null },
      { source: 'pwa', kind: null },
      { source: 'correction', kind: 'OUT' },
      { source: 'device', kind: 'IN' },
      { source: 'import', kind: 'OUT' },
      { source: 'web', kind: null },
    ]);
  });
});
