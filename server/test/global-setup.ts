import pg from 'pg';

/**
 * With DATABASE_URL set, the whole run shares one fresh PostgreSQL database:
 * created here, migrated by the first test file that opens it, dropped at the end.
 * Tests never clean up rows: every factory makes its own organisation, so files
 * run side by side without seeing each other's data.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const base = process.env.DATABASE_URL;
  if (!base) return undefined;
  const name = `spotme_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.TEST_DATABASE_URL = url.toString();
  return async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
}
