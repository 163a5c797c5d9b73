import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { makeOrg, makeUser, type MadeUser } from '../factories';
import { TestClient } from '../test-client';
import { ServerProcess } from './server-process';

// A small disk of its own (tmpfs) needs root; elsewhere the test is skipped.
const root = process.getuid?.() === 0;
const mount = fs.mkdtempSync(path.join(os.tmpdir(), 'spotme-small-disk-'));
const dataDir = path.join(mount, 'data');
let officer: MadeUser;
let server: ServerProcess | undefined;

beforeAll(async () => {
  if (!root) return;
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=80m', 'tmpfs', mount]);
  const database = await openDatabase({ kind: 'pglite', dataDir });
  await database.migrate();
  const org = await makeOrg(database.db);
  officer = await makeUser(database.db, org.id, { roles: ['PEGAWAI'] });
  await database.close();
});
afterAll(() => {
  server?.kill('SIGKILL');
  if (root) execFileSync('umount', ['-l', mount]);
  fs.rmSync(mount, { recursive: true, force: true });
});

describe('the embedded database on a full disk', () => {
  it.skipIf(!root)('ends the server with a message naming the data directory, instead of hanging', async () => {
    server = await ServerProcess.start({ DATA_DIR: dataDir, JOBS: '0' });
    const c = new TestClient(server.url);
    await c.login(officer.email, officer.password);
    // Leave 2 MB free, less than the next 16 MB WAL segment, then keep writing punches (each written and audited).
    const stat = fs.statfsSync(mount);
    const freeMb = Math.floor((stat.bavail * stat.bsize) / 1_048_576);
    execFileSync('dd', ['if=/dev/zero', `of=${path.join(mount, 'filler')}`, 'bs=1M', `count=${freeMb - 2}`], { stdio: 'ignore' });
    const statuses: number[] = [];
    const ended = await Promise.race([
      server.exit,
      (async () => {
        for (let i = 0; i < 5_000 && server?.alive; i++) {
          const res = await c
            .post('/api/punches', {
              idempotencyKey: crypto.randomUUID(),
              location: { lat: 2.9, lng: 101.7, accuracy: 10 },
              deviceTime: new Date().toISOString(),
              note: 'x'.repeat(400),
            })
            .catch(() => ({ status: 0 }));
          statuses.push(res.status);
        }
        return server?.exit;
      })(),
    ]);
    expect(ended?.code).toBe(1);
    const output = server.output.join('\n');
    expect(output).toContain(path.join(dataDir, 'pglite'));
    expect(output).toMatch(/No space left on device|free some space/);
    expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
  });
});
