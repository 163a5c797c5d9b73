import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddedDatabaseError, openDatabase } from './client';

describe('embedded database faults', () => {
  it('a damaged data directory ends with a message naming it and what to do, and frees the lock', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spotme-broken-'));
    // A data directory whose files are not PostgreSQL's: what a half-copied or overwritten directory looks like.
    fs.mkdirSync(path.join(dir, 'pglite', 'global'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pglite', 'PG_VERSION'), 'not a version\n');
    fs.writeFileSync(path.join(dir, 'pglite', 'global', 'pg_control'), Buffer.alloc(64, 7));
    const err = await openDatabase({ kind: 'pglite', dataDir: dir }).then(
      async (d) => {
        await d.migrate();
        await d.close();
        return null;
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(EmbeddedDatabaseError);
    expect((err as Error).message).toContain(path.join(dir, 'pglite'));
    expect((err as Error).message).toMatch(/restore it from a backup|free some space/);
    expect(fs.existsSync(path.join(dir, 'spotme.lock'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
