import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The console of `npm start` on a fresh database, as a new user reads it: the demo's logins
 * come last (after the catch-up closed the past days and the server listens), and requests
 * are not logged at the default level.
 */
describe('the server console at first start', () => {
  it('says the demo logins last and logs no request at the default level', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spotme-console-'));
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    try {
      await expect.poll(() => out, { timeout: 150_000, interval: 500 }).toMatch(/sistem@demo\.gov\.my +PENTADBIR_SISTEM/);
      for (const p of ['/readyz', '/api/me', '/login']) await fetch(`http://127.0.0.1:${port}${p}`);
      await new Promise((r) => setTimeout(r, 500));
      const lines = out.split('\n').filter((l) => l.trim() !== '');
      const ready = lines.findIndex((l) => l.startsWith('Demo agency "Jabatan Demo Digital" is ready at'));
      const lastClosed = lines.findLastIndex((l) => l.includes('"msg":"day closed"'));
      const serving = lines.findIndex((l) => l.startsWith('SPOT-Me is serving on'));
      expect(lastClosed).toBeGreaterThan(0); // the catch-up ran at start and closed the demo's past days
      expect(ready).toBeGreaterThan(lastClosed);
      expect(ready).toBeGreaterThan(serving);
      expect(lines.slice(ready + 1).map((l) => l.trim().split(/\s+/)[0])).toEqual([
        'eksekutif@demo.gov.my',
        'pentadbir@demo.gov.my',
        'penyelia@demo.gov.my',
        'pegawai@demo.gov.my',
        'sistem@demo.gov.my',
      ]);
      expect(lines.filter((l) => /"msg":"(incoming request|request completed)"/.test(l))).toEqual([]);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
