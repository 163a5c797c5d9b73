import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseUrl: string | null;
  }
}

/**
 * With DATABASE_URL set, the whole run shares one fresh PostgreSQL database:
 * created here, migrated by the first test file that opens it, dropped at the end.
 * Tests never clean up rows: every factory makes its own organisation, so files
 * run side by side without seeing each other's data. Without DATABASE_URL each
 * test file gets its own in-memory PGlite.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    project.provide('testDatabaseUrl', null);
    return undefined;
  }
  const name = `spotme_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  project.provide('testDatabaseUrl', url.toString());
  return async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
}
