import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/harness';
import type { Database } from './client';
import { allowLongerStatements, rowsOf } from './raw';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const timeout = async (db: Database['db']) => (await rowsOf<{ statement_timeout: string }>(db, sql`SHOW statement_timeout`))[0]?.statement_timeout;

describe('a longer statement timeout for reports', () => {
  it('holds for the transaction that asks for it and no longer', async () => {
    const before = await timeout(database.db);
    const inside = await database.db.transaction(async (tx) => {
      await allowLongerStatements(tx, 90_000);
      return timeout(tx);
    });
    expect(inside).toBe('90s');
    expect(await timeout(database.db)).toBe(before);
  });
});
