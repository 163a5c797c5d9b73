import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { makeOrg, makePunches, makeUser } from '../../test/factories';
import { openTestDatabase } from '../../test/harness';
import { evaluateOfficerDays } from './evaluation';
import { renderReport } from './report';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const local = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);

/** The current month's report as an officer would download it at `now`: its rows and its summary, read back from the XLSX. */
async function decemberReportAt(now: Date, punchTimes: Date[]) {
  const org = await makeOrg(database.db);
  const u = await makeUser(database.db, org.id);
  await makePunches(
    database.db,
    org.id,
    punchTimes.map((at) => ({ userId: u.id, at })),
  );
  const { days, today, timeZone } = await evaluateOfficerDays(database.db, org.id, u.id, '2026-12-01', '2026-12-31', now);
  const input = {
    days,
    today,
    timeZone,
    officer: { name: 'Pegawai', staffNo: 'S1', organisation: org.name },
    from: '2026-12-01',
    to: '2026-12-31',
    lang: 'ms' as const,
    now,
  };
  const wb = new ExcelJS.Workbook();
  const file = (await renderReport('xlsx', input)).body;
  await wb.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  const cells = (wb.worksheets[0]?.getSheetValues() ?? [])
    .filter(Array.isArray)
    .map((r) => (r as unknown[]).slice(1).map((c) => (c === undefined || c === null ? '' : String(c as string | number | Date))));
  const rows = cells.filter((r) => /^\d{1,2} \p{L}+ \d{4}$/u.test(r[0] ?? ''));
  const summary = Object.fromEntries(cells.filter((r) => r.length === 2 && /^\d+$/.test(r[1] ?? '')).map((r): [string, number] => [r[0] ?? '', Number(r[1])]));
  const csv = (await renderReport('csv', input)).body.toString('utf8');
  return { rows, summary, text: cells.map((r) => r.join(' ')).join('\n'), csv };
}

describe('the report of the current month', () => {
  it('on its first day: lists and counts only today, as it is so far, and says the later days are not judged', async () => {
    // Tuesday 1 December 2026, 11:23 in Kuala Lumpur; the officer checked in at 08:00.
    const r = await decemberReportAt(local('2026-12-01', '11:23'), [local('2026-12-01', '08:00')]);
    expect(r.rows.map((x) => x[0])).toEqual(['1 Dis 2026']);
    expect(r.rows[0]?.[2]).toBe('Hadir (sementara)');
    expect(r.summary).toMatchObject({ 'Hari bekerja': 1, Hadir: 1, 'Tidak hadir': 0, Lewat: 0 });
    expect(r.text).toContain('Hari ini (1 Dis 2026) dikira setakat ini dan masih sementara.');
    expect(r.text).toContain('Hari selepas 1 Dis 2026 belum berlaku');
    expect(r.text).toContain('Dijana: 1 Dis 2026, 11:23');
    expect(r.csv).not.toMatch(/\b([2-9]|[123]\d) Dis 2026/);
  });

  it('later in the month: past days judged, today not yet absent, nothing after today', async () => {
    // Thursday 3 December 09:00: Tuesday attended, Wednesday nothing (absent), today not in yet.
    const r = await decemberReportAt(local('2026-12-03', '09:00'), [local('2026-12-01', '08:00'), local('2026-12-01', '17:00')]);
    expect(r.rows.map((x) => [x[0], x[2]])).toEqual([
      ['1 Dis 2026', 'Hadir'],
      ['2 Dis 2026', 'Tidak hadir'],
      ['3 Dis 2026', 'Tidak hadir (sementara)'],
    ]);
    expect(r.summary).toMatchObject({ 'Hari bekerja': 3, Hadir: 1, 'Tidak hadir': 1 });
  });

  it('of a past month says nothing of today', async () => {
    const r = await decemberReportAt(local('2027-01-05', '10:00'), []);
    expect(r.rows).toHaveLength(31);
    expect(r.text).not.toContain('sementara');
    expect(r.text).not.toContain('belum berlaku');
  });
});
