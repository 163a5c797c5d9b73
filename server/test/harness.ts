import type { Agent } from 'node:https';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../config';
import { openDatabase, type Database, type Db, type QueryLogger } from '../db/client';
import { buildApp } from '../app';
import { TestClient } from './test-client';
import { makeOrgWithRoles, makeUser } from './factories';

/** `DB_POOLER=pgbouncer` when the run's PostgreSQL is reached through PgBouncer (a CI step). */
export const testPooler = process.env.DB_POOLER === 'pgbouncer' ? 'pgbouncer' : 'none';

/** The database tests run on: the run's PostgreSQL database when DATABASE_URL is set, else a fresh in-memory PGlite. */
export async function openTestDatabase(opts: { logger?: QueryLogger } = {}): Promise<Database> {
  const url = inject('testDatabaseUrl');
  const database = url
    ? await openDatabase({ kind: 'postgres', url, poolMax: 5, pooler: testPooler, logger: opts.logger })
    : await openDatabase({ kind: 'pglite-memory', logger: opts.logger });
  await database.migrate();
  return database;
}

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  db: Db;
  url: string;
  config: Config;
  client(): TestClient;
  close(): Promise<void>;
};

/** The real application listening on a random local port: tests speak real HTTP to it. */
/** `logger`: the app's logger options (e.g. `{ stream, level }` to collect its lines); silent by default. */
export async function startTestApp(env: Record<string, string> = {}, database?: Database, opts: { pushAgent?: Agent; logger?: object } = {}): Promise<TestApp> {
  const db = database ?? (await openTestDatabase());
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '10000', ...env });
  const app = await buildApp({ config, database: db, logger: opts.logger ?? false, serveApp: false, pushAgent: opts.pushAgent });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    database: db,
    db: db.db,
    url,
    config,
    client: () => new TestClient(url),
    async close() {
      await app.close();
      if (!database) await db.close();
    },
  };
}

/**
 * A fresh officer of one organisation and an officer of another, logged in: the usual
 * cast of an officer feature's tests (its own data, and a stranger who must get 404).
 */
export async function loginOfficerAndStranger(t: TestApp): Promise<{ officer: TestClient; stranger: TestClient; orgId: string }> {
  const a = await makeOrgWithRoles(t.db);
  const b = await makeOrgWithRoles(t.db);
  const u = await makeUser(t.db, a.org.id, { roles: ['PEGAWAI'] });
  const officer = t.client();
  await officer.login(u.email, u.password);
  const stranger = t.client();
  await stranger.login(b.officer.email, b.officer.password);
  return { officer, stranger, orgId: a.org.id };
}

/** A browser-like client logged in as the user. */
export async function loginAs(t: TestApp, u: { email: string; password: string }): Promise<TestClient> {
  const c = t.client();
  await c.login(u.email, u.password);
  return c;
}
