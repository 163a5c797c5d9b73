import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localOf } from '../../domain/day/local-time';
import { isValidNric } from '../../domain/identity/nric';
import { openDatabase, type Database } from '../db/client';
import { rowsOf } from '../db/raw';
import { startTestApp, type TestApp } from '../test/harness';
import { closeDay, dueCloses } from '../jobs/day-close';
import { DEMO_PASSWORD, DEMO_WORKING_TIME } from './demo-people';
import { isDatabaseEmpty, seedDemo } from './demo';

// Demo emails are unique platform-wide, so the seed runs on its own in-memory database in both modes.
let database: Database;
let t: TestApp;
beforeAll(async () => {
  database = await openDatabase({ kind: 'pglite-memory' });
  await database.migrate();
  expect(await isDatabaseEmpty(database.db)).toBe(true);
  await seedDemo(database.db);
  t = await startTestApp({}, database);
});
afterAll(async () => {
  await t.close();
  await database.close();
});

type Me = { user: { mustChangePassword: boolean; roles: string[] }; organisation: { name: string; state: string } | null; abilities: string[] };

describe('the demo agency', () => {
  it.each([
    ['pegawai@demo.gov.my', 'attendance.self'],
    ['penyelia@demo.gov.my', 'team.monitor'],
    ['eksekutif@demo.gov.my', 'org.monitor'],
    ['pentadbir@demo.gov.my', 'users.manage'],
    ['sistem@demo.gov.my', 'platform.orgs'],
  ])('%s logs in with the demo password, no forced change', async (email, ability) => {
    const res = await t.client().post<Me>('/api/auth/login', { login: email, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user.mustChangePassword).toBe(false);
    expect(res.body.abilities).toContain(ability);
    if (email !== 'sistem@demo.gov.my') expect(res.body.organisation).toMatchObject({ name: 'Jabatan Demo Digital', state: 'MY-16' });
    else expect(res.body.organisation).toBeNull();
  });

  it('has its units, about 20 officers with valid MyKad numbers, and a supervisor of several', async () => {
    const admin = t.client();
    await admin.login('pentadbir@demo.gov.my', DEMO_PASSWORD);
    const units = (await admin.get<{ items: { id: string; name: string; parentId: string | null }[] }>('/api/units')).body.items;
    const tech = units.find((u) => u.name === 'Bahagian Teknologi');
    expect(
      units
        .filter((u) => u.parentId === tech?.id)
        .map((u) => u.name)
        .sort(),
    ).toEqual(['Unit Aplikasi', 'Unit Infrastruktur']);
    expect(units.map((u) => u.name)).toContain('Bahagian Pengurusan');
    const users = (await admin.get<{ items: { id: string; email: string; supervisorId: string | null }[]; total: number }>('/api/users?pageSize=100')).body;
    expect(users.total).toBeGreaterThanOrEqual(20);
    const penyelia = users.items.find((u) => u.email === 'penyelia@demo.gov.my');
    expect(users.items.filter((u) => u.supervisorId === penyelia?.id).length).toBeGreaterThanOrEqual(5);
    const rows = await rowsOf<{ nric: string }>(database.db, sql`select nric from users where nric is not null`);
    expect(rows.length).toBe(users.total);
    for (const r of rows) expect(isValidNric(r.nric), r.nric).toBe(true);
  });
});

describe('the demo history', () => {
  it('gives the demo officer two sites, the last 30 days with punches, issues, statuses and tasks, and an empty today', async () => {
    const officer = t.client();
    await officer.login('pegawai@demo.gov.my', DEMO_PASSWORD);
    const today = await officer.get<{ day: { punches: unknown[] }; sites: { name: string }[] }>('/api/attendance/today');
    expect(today.body.day.punches).toHaveLength(0);
    expect(today.body.sites.map((s) => s.name).sort()).toEqual(['Ibu Pejabat JDD', 'Pusat Data JDD']);
    const days: { date: string; dayType: string; status: string; punches: unknown[]; issues: unknown[] }[] = [];
    for (const back of [1, 0]) {
      const d = new Date(Date.now() - back * 30 * 86_400_000);
      const month = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone: 'Asia/Kuala_Lumpur' }).format(d).slice(0, 7);
      days.push(...(await officer.get<{ days: typeof days }>(`/api/attendance/month?month=${month}`)).body.days);
    }
    const past = days.filter((d) => d.dayType === 'WORKING' && d.punches.length > 0);
    expect(past.length).toBeGreaterThanOrEqual(12);
    const tasks = await officer.get<{ items: unknown[] }>('/api/tasks?week=' + new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10));
    expect(tasks.body.items.length).toBeGreaterThan(0);
    const rows = await rowsOf<{ n: number | string; issues: number | string }>(
      database.db,
      sql`SELECT count(*) AS n, count(*) FILTER (WHERE place = 'OUTSIDE') AS issues FROM punches`,
    );
    expect(Number(rows[0]?.n)).toBeGreaterThan(500);
    expect(Number(rows[0]?.issues)).toBeGreaterThan(0);
  });
});

type Closed = {
  email: string;
  date: string;
  day_type: string;
  status: string;
  check_in: string | null;
  check_out: string | null;
  schedule_name: string | null;
  issues: { code: string }[] | string;
};
const issueCodes = (r: Closed) => (typeof r.issues === 'string' ? (JSON.parse(r.issues) as { code: string }[]) : r.issues).map((i) => i.code);

describe('the demo working time', () => {
  it('closes the counter unit on its fixed hours and the security unit on its day and night shifts, paired across midnight', async () => {
    const now = new Date();
    for (const { org, date } of await dueCloses(database.db, now)) await closeDay(database, org, date, now);
    // The history starts 30 days back (the organisation was onboarded the day before).
    const first = addDays(localOf(now.toISOString(), 'Asia/Kuala_Lumpur').date, -30);
    const rows = await rowsOf<Closed>(
      database.db,
      sql`SELECT u.email, d.date::text AS date, d.day_type, d.status, d.check_in, d.check_out, d.schedule_name, d.issues
          FROM day_records d JOIN users u ON u.org_id = d.org_id AND u.id = d.user_id
          WHERE u.email IN ('nurul.ain@demo.gov.my', 'zulkifli.hassan@demo.gov.my', 'ravi.subramaniam@demo.gov.my', 'syafiq.rahim@demo.gov.my', 'rosnah.daud@demo.gov.my')
            AND d.date >= ${first}`,
    );
    const counter = rows.filter((r) => r.email === 'nurul.ain@demo.gov.my' && r.day_type === 'WORKING');
    expect(counter.length).toBeGreaterThanOrEqual(15);
    for (const r of counter) expect(r.schedule_name).toBe(DEMO_WORKING_TIME.counter.name);
    const nights = rows.filter((r) => r.schedule_name === DEMO_WORKING_TIME.night.name);
    const days = rows.filter((r) => r.schedule_name === DEMO_WORKING_TIME.day.name);
    // Four guards on an eight-day cycle of two days and two nights: about a quarter of their dates each.
    expect(nights.length).toBeGreaterThanOrEqual(20);
    expect(days.length).toBeGreaterThanOrEqual(20);
    // A public holiday stays a holiday (the guards keep the post: worked on a rest day).
    for (const r of [...nights, ...days].filter((d) => d.day_type !== 'HOLIDAY')) {
      expect(r.day_type, `${r.email} ${r.date}`).toBe('WORKING');
      expect(r.status, `${r.email} ${r.date}`).not.toBe('TIDAK_HADIR');
      expect(issueCodes(r), `${r.email} ${r.date}`).not.toContain('TIADA_DAFTAR_MASUK');
    }
    // Each night's check-out is the next morning's punch, on the night's own record.
    const paired = nights.filter((r) => r.check_in && r.check_out);
    expect(paired.length).toBeGreaterThanOrEqual(nights.length - 3);
    for (const r of paired) expect(new Date(r.check_out!).getTime() - new Date(r.check_in!).getTime()).toBeGreaterThan(11 * 3_600_000);
    expect(paired.filter((r) => issueCodes(r).length === 0).length).toBeGreaterThan(paired.length / 2);
    // Their days off (the pattern's) are rest days, whatever the weekday.
    expect(rows.filter((r) => r.email !== 'nurul.ain@demo.gov.my' && r.schedule_name === null && r.day_type === 'REST').length).toBeGreaterThan(20);
  });
});
