import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/harness';
import { afterCommit, transaction, type Database } from './client';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

describe('after-commit hooks', () => {
  it('run once the transaction has committed, in the order they were queued', async () => {
    const ran: string[] = [];
    await transaction(database.db, async (tx) => {
      afterCommit(tx, () => ran.push('first'));
      afterCommit(tx, () => ran.push('second'));
      await tx.execute(sql`select 1`);
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['first', 'second']);
  });

  it('queued inside a savepoint, wait for the outermost commit', async () => {
    const ran: string[] = [];
    await transaction(database.db, async (tx) => {
      await transaction(tx, async (inner) => {
        afterCommit(inner, () => ran.push('inner'));
      });
      await tx.transaction(async (sp) => {
        afterCommit(sp, () => ran.push('savepoint'));
      });
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['inner', 'savepoint']);
  });

  it('are dropped when the transaction rolls back', async () => {
    const ran: string[] = [];
    await expect(
      transaction(database.db, async (tx) => {
        afterCommit(tx, () => ran.push('never'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(ran).toEqual([]);
  });

  it('queued inside forTenant, run after its commit', async () => {
    const ran: string[] = [];
    await database.forTenant('00000000-0000-0000-0000-000000000001', async (tx) => {
      afterCommit(tx, () => ran.push('tenant'));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['tenant']);
  });

  it('run at once outside a transaction', () => {
    const ran: string[] = [];
    afterCommit(database.db, () => ran.push('now'));
    expect(ran).toEqual(['now']);
  });

  it('a failing hook does not fail the committed transaction nor stop the others', async () => {
    const ran: string[] = [];
    const quiet = console.error;
    console.error = () => undefined;
    try {
      await expect(
        transaction(database.db, async (tx) => {
          afterCommit(tx, () => {
            throw new Error('hook');
          });
          afterCommit(tx, () => ran.push('after'));
          return 'done';
        }),
      ).resolves.toBe('done');
    } finally {
      console.error = quiet;
    }
    expect(ran).toEqual(['after']);
  });
});
