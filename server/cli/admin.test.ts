import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/client';
import { startTestApp, type TestApp } from '../test/harness';

const run = promisify(execFile);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spotme-cli-'));
const pgUrl = inject('testDatabaseUrl');
const env = { ...process.env, ...(pgUrl ? { DATABASE_URL: pgUrl } : { DATA_DIR: dataDir }), LOG_LEVEL: 'silent' };

function admin(args: string[]) {
  return run('npx', ['tsx', 'server/cli/admin.ts', ...args], { env }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('npm run admin -- create-platform-admin', () => {
  const email = `platform.${Date.now()}@sistem.gov.my`;
  let created: { code: number; stdout: string; stderr: string };
  let t: TestApp;
  let database: Database | undefined;

  beforeAll(async () => {
    created = await admin(['create-platform-admin', '--email', email, '--name', 'Ketua Sistem']);
    if (!pgUrl) {
      database = await openDatabase({ kind: 'pglite', dataDir });
      await database.migrate();
    }
    t = await startTestApp({}, database);
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await database?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints a temporary password that logs in as a platform admin who must change it', async () => {
    expect(created.code).toBe(0);
    const password = /Temporary password[^:]*: (\S+)/.exec(created.stdout)?.[1];
    expect(password).toBeDefined();
    const c = t.client();
    const res = await c.post<{ user: { mustChangePassword: boolean; roles: string[] }; organisation: null; abilities: string[] }>('/api/auth/login', {
      login: email,
      password,
    });
    expect(res.status).toBe(200);
    expect(res.body.user.roles).toEqual(['PENTADBIR_SISTEM']);
    expect(res.body.user.mustChangePassword).toBe(true);
    expect(res.body.organisation).toBeNull();
    expect(res.body.abilities).toContain('platform.orgs');
  });

  it.skipIf(Boolean(pgUrl))(
    'says clearly that a running server holds the embedded database',
    async () => {
      const res = await admin(['create-platform-admin', '--email', `other.${Date.now()}@sistem.gov.my`]);
      expect(res.code).toBe(1);
      expect(res.stderr).toContain(`already open in process ${process.pid}`);
    },
    60_000,
  );

  it('refuses a duplicate email and a bad one with a message, no stack trace', async () => {
    if (!pgUrl) await database?.close(); // the embedded directory admits one process at a time
    const dup = await admin(['create-platform-admin', '--email', email]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('already in use');
    const bad = await admin(['create-platform-admin', '--email', 'not-an-email']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--email must be an email address');
    expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    if (!pgUrl) {
      database = await openDatabase({ kind: 'pglite', dataDir });
    }
  }, 120_000);
});
