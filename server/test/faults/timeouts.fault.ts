import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThrowawayCluster } from './pg-cluster';
import { ServerProcess } from './server-process';
import { clusterWithOfficers, logInAll } from './setup';

let cluster: ThrowawayCluster;
let url: string;
let people: Awaited<ReturnType<typeof clusterWithOfficers>>['people'];
let server: ServerProcess;

beforeAll(async () => {
  ({ cluster, url, people } = await clusterWithOfficers(6));
  server = await ServerProcess.start({ DATABASE_URL: url, JOBS: '0', DB_POOL_MAX: '3', DB_STATEMENT_TIMEOUT_MS: '1000', DB_CONNECT_TIMEOUT_MS: '2000' });
});
afterAll(async () => {
  server?.kill('SIGKILL');
  await cluster?.destroy();
});

describe('timeouts', () => {
  it('a stuck table lock cannot hold every pool connection: requests answer 503 within the timeouts, then 200 once it is released', async () => {
    const clients = await logInAll(server.url, people);
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE');
    const started = Date.now();
    // Twice as many requests as the pool has connections: the later ones wait for a free one.
    const answers = await Promise.all(clients.map((c) => c.get<{ error?: { code: string } }>('/api/me')));
    const took = Date.now() - started;
    await locker.query('ROLLBACK');
    await locker.end();
    console.log(JSON.stringify({ fault: 'lock', tookMs: took, answers: answers.map((a) => `${a.status} ${a.body.error?.code ?? ''}`) }));
    for (const a of answers) {
      expect(a.status).toBe(503);
      expect(['DATABASE_BUSY', 'DATABASE_UNAVAILABLE']).toContain(a.body.error?.code);
      expect(a.headers.get('retry-after')).toBe('2');
    }
    expect(took).toBeLessThan(8_000); // without timeouts they wait for the lock as long as it is held
    expect((await clients[0]!.get('/api/me')).status).toBe(200);
  });

  it("the server's connections carry the statement and idle-in-transaction timeouts", async () => {
    const database = await openDatabase({ kind: 'postgres', url, poolMax: 2, timeouts: { connectMs: 2_000, statementMs: 1_500, idleInTransactionMs: 4_000 } });
    const show = async (name: string) => ((await rowsOf<Record<string, string>>(database.db, sql.raw(`SHOW ${name}`)))[0] ?? {})[name];
    expect(await show('statement_timeout')).toBe('1500ms');
    expect(await show('idle_in_transaction_session_timeout')).toBe('4s');
    // A transaction left idle past it is ended by PostgreSQL, freeing its locks and its connection.
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT 1`);
        await new Promise((r) => setTimeout(r, 4_500));
        await tx.execute(sql`SELECT 1`);
      }),
    ).rejects.toThrow();
    await database.close();
  });
});
