import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spotme-rules-'));

async function cli(command: string, input: unknown) {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, typeof input === 'string' ? input : JSON.stringify(input));
  return run('npx', ['tsx', 'server/cli/rules.ts', command, file]).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('npm run rules -- evaluate', () => {
  it('prints one day record per date, in the documented shape', async () => {
    const r = await cli('evaluate', {
      state: 'MY-14',
      schedule: { type: 'WBF', graceMinutes: 0 },
      from: '2026-03-02',
      to: '2026-03-08',
      punches: [{ at: '2026-03-02T09:01:00+08:00' }, { at: '2026-03-02T18:00:00+08:00', kind: 'OUT' }],
      statuses: [{ date: '2026-03-03', code: 'CUTI', part: 'FULL' }],
      locations: [{ at: '2026-03-02T09:01:00+08:00', inside: false }],
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { days: Record<string, unknown>[] };
    expect(out.days.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(out.days[0]).toEqual({
      date: '2026-03-02',
      dayType: 'WORKING',
      holiday: null,
      status: 'HADIR',
      effectiveStart: '09:01',
      requiredEnd: '18:00',
      workedMinutes: 539,
      issues: [{ code: 'LEWAT', minutes: 1 }, { code: 'LUAR_KAWASAN' }],
    });
    expect(out.days[1]).toMatchObject({ status: 'CUTI', issues: [] });
    expect(out.days[5]).toMatchObject({ dayType: 'HOLIDAY', holiday: 'Nuzul Al-Quran', status: 'CUTI_UMUM' });
    expect(out.days[6]).toMatchObject({ dayType: 'REST', status: 'HARI_REHAT' });
  });

  it("takes the outside duty's start and out-of-station on TUGASAN_LUAR (R30) and a shift's pairing margins (R14)", async () => {
    const r = await cli('evaluate', {
      state: 'MY-14',
      schedule: { type: 'WBF' },
      from: '2026-03-02',
      to: '2026-03-03',
      punches: [{ at: '2026-03-02T17:30:00+08:00' }, { at: '2026-03-03T16:30:00+08:00' }],
      statuses: [
        { date: '2026-03-02', code: 'TUGASAN_LUAR', dutyStart: '10:00' },
        { date: '2026-03-03', code: 'TUGASAN_LUAR', dutyStart: '10:00', outOfStation: true },
      ],
    });
    expect(r.code).toBe(0);
    const days = (JSON.parse(r.stdout) as { days: Record<string, unknown>[] }).days;
    expect(days[0]).toMatchObject({ status: 'TUGASAN_LUAR', effectiveStart: '10:00', requiredEnd: '18:00', issues: [{ code: 'BALIK_AWAL', minutes: 30 }] });
    expect(days[1]).toMatchObject({ requiredEnd: '16:30', issues: [] });
    // A 2-hour margin after 06:00: the 08:30 punch is not the night's check-out any more.
    const shift = { type: 'SHIFT', start: '22:00', end: '06:00' };
    const punches = [{ at: '2026-03-02T21:55:00+08:00' }, { at: '2026-03-03T08:30:00+08:00' }];
    const wide = await cli('evaluate', { state: 'MY-14', schedule: shift, from: '2026-03-02', to: '2026-03-02', punches });
    const narrow = await cli('evaluate', { state: 'MY-14', schedule: { ...shift, marginAfterMinutes: 120 }, from: '2026-03-02', to: '2026-03-02', punches });
    expect((JSON.parse(wide.stdout) as { days: { issues: unknown[] }[] }).days[0]!.issues).toEqual([]);
    expect((JSON.parse(narrow.stdout) as { days: { issues: unknown[] }[] }).days[0]!.issues).toEqual([{ code: 'TIADA_DAFTAR_KELUAR' }]);
    const bad = await cli('evaluate', {
      state: 'MY-14',
      schedule: { ...shift, marginBeforeMinutes: -1 },
      from: '2026-03-02',
      to: '2026-03-02',
      punches: [],
      statuses: [{ date: '2026-03-02', code: 'CUTI', dutyStart: '10:00' }],
    });
    expect(bad.code).toBe(2);
    for (const field of ['schedule.marginBeforeMinutes', 'statuses.0.dutyStart']) expect(bad.stderr).toContain(field);
  });

  it('answers bad input with exit code 2 and the fields at fault, no stack trace', async () => {
    const r = await cli('evaluate', {
      state: 'MY-99',
      schedule: { type: 'FIXED', start: '8am' },
      from: '2026-03-02',
      to: '2026-03-01',
      punches: [{ at: 'yesterday' }],
    });
    expect(r.code).toBe(2);
    for (const field of ['state', 'schedule.start', 'punches.0.at']) expect(r.stderr).toContain(field);
    expect(r.stderr).not.toMatch(/\n\s+at .+\.(ts|js):\d+/);
    const notJson = await cli('evaluate', '{ nope');
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('not valid JSON');
    const usage = await cli('frobnicate', {});
    expect(usage.code).toBe(2);
  });
});

describe('npm run rules -- cards', () => {
  it('prints the card in force after each month', async () => {
    const r = await cli('cards', {
      start: 'KUNING',
      months: [
        { month: '2026-01', offenceDays: 3 },
        { month: '2026-02', offenceDays: 4 },
        { month: '2026-03', offenceDays: 5 },
        { month: '2026-04', offenceDays: 1 },
        { month: '2026-05', offenceDays: 0 },
      ],
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      months: [
        { month: '2026-01', card: 'HIJAU' },
        { month: '2026-02', card: 'MERAH' },
        { month: '2026-03', card: 'MERAH' },
        { month: '2026-04', card: 'MERAH' },
        { month: '2026-05', card: 'HIJAU' },
      ],
    });
  });
  it('refuses a bad month', async () => {
    const r = await cli('cards', { months: [{ month: '2026-13', offenceDays: 1 }] });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('months.0.month');
  });
});
