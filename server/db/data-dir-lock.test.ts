import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'spotme-lock-'));

describe('the embedded database directory lock', () => {
  it('refuses a second holder while a live process holds it, naming that process', () => {
    const dir = tmp();
    const live = spawnSleeper();
    fs.writeFileSync(path.join(dir, 'spotme.lock'), String(live.pid));
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`process ${live.pid}`));
    } finally {
      live.kill();
    }
  });

  it('takes over a stale lock left by a dead process, and releases it', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'spotme.lock'), '999999');
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'spotme.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'spotme.lock'))).toBe(false);
  });
});

function spawnSleeper() {
  // A real second process, so the lock names a pid that is alive and not ours.
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
}
