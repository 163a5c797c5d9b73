import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles, makePunches, makeUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Day = {
  date: string;
  status: string;
  dayType: string;
  provisional: boolean;
  requiredEnd: string | null;
  issues: { code: string; minutes?: number; rule: string }[];
  punches: { place: string; flags: string[] }[];
};

let t: TestApp;
let officer: TestClient;
let other: TestClient;
let org: Awaited<ReturnType<typeof makeOrgWithRoles>>;

/** A punch at a local (UTC+8) time on a past date, written as the writer would. */
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);

beforeAll(async () => {
  t = await startTestApp();
  org = await makeOrgWithRoles(t.db);
  const u = await makeUser(t.db, org.org.id, { roles: ['PEGAWAI'] });
  officer = t.client();
  await officer.login(u.email, u.password);
  other = t.client();
  await other.login(org.officer.email, org.officer.password);
  const row = (a: Date, place = 'SITE') => ({ userId: u.id, at: a, place });
  // Selangor (the factory's duty state). Mon 2 Nov: 08:07–17:07. Tue 3 Nov: late 09:12–18:00. Wed 4 Nov: 08:30–17:00 (early).
  // Thu 5 Nov: in only. Fri 6 Nov: nothing. Tue 10 Nov: outside the geofence.
  await makePunches(t.db, org.org.id, [
    row(at('2026-11-02', '08:07')),
    row(at('2026-11-02', '17:07')),
    row(at('2026-11-03', '09:12')),
    row(at('2026-11-03', '18:00')),
    row(at('2026-11-04', '08:30')),
    row(at('2026-11-04', '17:00')),
    row(at('2026-11-05', '08:00')),
    row(at('2026-11-10', '08:00'), 'OUTSIDE'),
    row(at('2026-11-10', '17:00')),
  ]);
});
afterAll(async () => t.close());

describe('my attendance', () => {
  it('reads each day with the rules engine, naming the rule behind each issue', async () => {
    const day = async (d: string) => (await officer.get<Day>(`/api/attendance/days/${d}`)).body;
    expect(await day('2026-11-02')).toMatchObject({ status: 'HADIR', issues: [], requiredEnd: '17:07', provisional: false });
    expect((await day('2026-11-03')).issues).toEqual([{ code: 'LEWAT', minutes: 12, rule: 'R11' }]);
    expect((await day('2026-11-04')).issues).toEqual([{ code: 'BALIK_AWAL', minutes: 30, rule: 'R12' }]);
    expect((await day('2026-11-05')).issues.map((i) => i.code)).toEqual(['TIADA_DAFTAR_KELUAR']);
    expect((await day('2026-11-06')).issues.map((i) => i.code)).toEqual(['TIDAK_HADIR']);
    expect(await day('2026-11-07')).toMatchObject({ dayType: 'REST', status: 'HARI_REHAT', issues: [] });
    const outside = await day('2026-11-10');
    expect(outside.issues.map((i) => i.code)).toEqual(['LUAR_KAWASAN']);
    expect(outside.punches[0]).toMatchObject({ place: 'OUTSIDE', flags: ['LUAR_KAWASAN'] });
  });

  it('gives the month as a calendar with the card in force; another officer sees only their own', async () => {
    const m = await officer.get<{ days: Day[]; card: { card: string } }>('/api/attendance/month?month=2026-11');
    expect(m.status).toBe(200);
    expect(m.body.days).toHaveLength(30);
    expect(m.body.days.find((d) => d.date === '2026-11-03')?.issues[0]?.code).toBe('LEWAT');
    expect(m.body.card.card).toBe('KUNING');
    const theirs = await other.get<{ days: Day[] }>('/api/attendance/month?month=2026-11');
    expect(theirs.body.days.find((d) => d.date === '2026-11-02')?.issues[0]?.code).toBe('TIDAK_HADIR');
  });

  it('refuses a bad month, a bad date and a reversed range with the field named', async () => {
    expect((await officer.get<Err>('/api/attendance/month?month=2026-13')).body.error.details?.fields?.[0]?.path).toBe('month');
    expect((await officer.get<Err>('/api/attendance/days/2026-02-30')).status).toBe(400);
    const r = await officer.get<Err>('/api/attendance/report?from=2026-11-30&to=2026-11-01&format=csv');
    expect(r.body.error.details?.fields?.[0]?.path).toBe('to');
  });

  it("downloads the report as CSV, XLSX and PDF, in the user's language", async () => {
    const get = (format: string, lang = 'ms') =>
      fetch(`${t.url}/api/attendance/report?from=2026-11-02&to=2026-11-06&format=${format}`, {
        headers: { cookie: officer.cookie ?? '', 'accept-language': lang },
      });
    const csv = await get('csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="kehadiran-.*\.csv"/);
    const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Tarikh,Hari,Status');
    expect(text).toContain('3 Nov 2026,Selasa,Hadir,09:12,18:00');
    expect(text).toContain('Lewat 12 minit');
    const xlsx = Buffer.from(await (await get('xlsx')).arrayBuffer());
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    const pdf = Buffer.from(await (await get('pdf', 'en')).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
