import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../db/client';
import { dayRecords } from '../db/schema';
import { makeOrg, makePunches, makeUser } from '../test/factories';
import { testPooler } from '../test/harness';

const run = promisify(execFile);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spotme-jobs-'));
const pgUrl = inject('testDatabaseUrl');
const env = { ...process.env, ...(pgUrl ? { DATABASE_URL: pgUrl } : { DATA_DIR: dataDir }), LOG_LEVEL: 'silent' };
const open = () => (pgUrl ? openDatabase({ kind: 'postgres', url: pgUrl, poolMax: 2, pooler: testPooler }) : openDatabase({ kind: 'pglite', dataDir }));

function jobs(args: string[]) {
  return run('npx', ['tsx', 'server/cli/jobs.ts', ...args], { env }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('npm run jobs', () => {
  it('closes a date by hand for one organisation, and says what it did', async () => {
    let db: Database = await open();
    await db.migrate();
    const org = await makeOrg(db.db);
    const officer = await makeUser(db.db, org.id, { roles: ['PEGAWAI'] });
    await makePunches(db.db, org.id, [{ userId: officer.id, at: new Date('2026-11-03T09:30:00+08:00') }]);
    await db.close();
    const res = await jobs(['close-day', '--date', '2026-11-03', '--org', org.code]);
    expect(res).toMatchObject({ code: 0, stdout: `${org.code} 2026-11-03: 1 officers' days closed\n` });
    db = await open();
    const rows = await db.db
      .select()
      .from(dayRecords)
      .where(and(eq(dayRecords.orgId, org.id), eq(dayRecords.userId, officer.id)));
    expect(rows.map((r) => [r.status, (r.issues as { code: string }[]).map((i) => i.code)])).toEqual([['HADIR', ['LEWAT', 'TIADA_DAFTAR_KELUAR']]]);
    await db.close();
    const cards = await jobs(['cards', '--month', '2026-11', '--org', org.code]);
    expect(cards).toMatchObject({ code: 0, stdout: `${org.code} 2026-11: cards counted for 1 officers, 0 changed\n` });
  }, 60_000);

  it('refuses bad input with exit code 2 and the usage', async () => {
    const bad = await jobs(['close-day', '--date', '2026-02-30x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--date must be YYYY-MM-DD');
    expect((await jobs(['cards', '--month', '2026-13'])).stderr).toContain('--month must be YYYY-MM');
    expect((await jobs(['reboot'])).stderr).toContain('npm run jobs -- close-day --date YYYY-MM-DD');
  }, 60_000);

  it('says what to do when a running server holds the embedded database', async (ctx) => {
    if (pgUrl) ctx.skip();
    const db = await open(); // holds the data directory, as a running server does
    try {
      const res = await jobs(['catch-up']);
      expect(res.code).toBe(1);
      expect(res.stderr).toContain('is in use by a running server');
      expect(res.stderr).toContain('stop the server first');
    } finally {
      await db.close();
    }
  }, 60_000);
});
