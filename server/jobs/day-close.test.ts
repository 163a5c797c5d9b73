import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../domain/org/settings';
import { attendanceIssues, dayRecords, dayStatuses, organisations } from '../db/schema';
import { makeOrg, makePunches, makeUser } from '../test/factories';
import { startTestApp, type TestApp } from '../test/harness';
import { closeDay, closesAt, dueCloses } from './day-close';
import { tryDayLock } from './day-close-repo';

let t: TestApp;
const DATE = '2026-11-03'; // a Tuesday, a working day in Selangor
const at = (hhmm: string, date = DATE) => new Date(`${date}T${hhmm}:00+08:00`);
type Org = { id: string; timeZone: string; state: string; settings: unknown };
let org: Org;
const people: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  const o = await makeOrg(t.db);
  org = { id: o.id, timeZone: o.timeZone, state: o.state, settings: DEFAULT_ORG_SETTINGS };
  for (const key of ['onTime', 'late', 'early', 'noOut', 'absent', 'onLeave', 'outside']) people[key] = (await makeUser(t.db, o.id, { roles: ['PEGAWAI'] })).id;
  for (let i = 0; i < 40; i++) people[`more${i}`] = (await makeUser(t.db, o.id, { roles: ['PEGAWAI'] })).id;
  await makeUser(t.db, o.id, { roles: ['EKSEKUTIF'] }); // not an officer: no day record
  const p = (key: string, hhmm: string, place = 'SITE') => ({ userId: people[key]!, at: at(hhmm), place });
  await makePunches(t.db, o.id, [
    p('onTime', '08:00'),
    p('onTime', '17:00'),
    p('late', '09:20'),
    p('late', '18:00'),
    p('early', '08:00'),
    p('early', '16:00'),
    p('noOut', '08:10'),
    p('outside', '08:00', 'OUTSIDE'),
    p('outside', '17:05'),
    ...Array.from({ length: 40 }, (_, i) => [p(`more${i}`, '08:15'), p(`more${i}`, '17:20')]).flat(),
  ]);
  await t.db.insert(dayStatuses).values({ orgId: o.id, userId: people.onLeave!, date: DATE, code: 'CUTI', part: 'FULL', state: 'DILULUSKAN' });
});
afterAll(async () => t.close());

async function records() {
  return t.db
    .select()
    .from(dayRecords)
    .where(and(eq(dayRecords.orgId, org.id), eq(dayRecords.date, DATE)));
}
async function openIssues(userId: string) {
  const rows = await t.db
    .select()
    .from(attendanceIssues)
    .where(and(eq(attendanceIssues.orgId, org.id), eq(attendanceIssues.userId, userId), eq(attendanceIssues.date, DATE)));
  return rows
    .filter((r) => r.state === 'TERBUKA')
    .map((r) => r.code)
    .sort();
}

describe('closing a day', () => {
  it('does nothing before the day is over', async () => {
    expect(closesAt(DATE, org).toISOString()).toBe('2026-11-03T16:00:00.000Z'); // local midnight: WBF punches end with the day
    expect(await closeDay(t.database, org, DATE, new Date('2026-11-03T15:00:00Z'))).toMatchObject({ skipped: 'OPEN' });
    expect(await records()).toHaveLength(0);
  });

  it("stores every officer's record and issues with the rules engine, once however often it runs", async () => {
    const first = await closeDay(t.database, org, DATE);
    expect(first).toMatchObject({ officers: 47 });
    expect(await closeDay(t.database, org, DATE)).toMatchObject({ skipped: 'CLOSED' });
    const again = await closeDay(t.database, org, DATE, new Date(), { again: true });
    expect(again).toMatchObject({ officers: 47 });
    const rows = await records();
    expect(rows).toHaveLength(47);
    const statusOf = (key: string) => rows.find((r) => r.userId === people[key])?.status;
    expect(statusOf('onTime')).toBe('HADIR');
    expect(statusOf('absent')).toBe('TIDAK_HADIR');
    expect(statusOf('onLeave')).toBe('CUTI');
    expect(await openIssues(people.onTime!)).toEqual([]);
    expect(await openIssues(people.late!)).toEqual(['LEWAT']);
    expect(await openIssues(people.early!)).toEqual(['BALIK_AWAL']);
    expect(await openIssues(people.noOut!)).toEqual(['TIADA_DAFTAR_KELUAR']);
    expect(await openIssues(people.absent!)).toEqual(['TIDAK_HADIR']);
    expect(await openIssues(people.onLeave!)).toEqual([]);
    expect(await openIssues(people.outside!)).toEqual(['LUAR_KAWASAN']);
    const late = rows.find((r) => r.userId === people.late);
    expect(late).toMatchObject({ lateMinutes: 20, requiredEnd: '18:00' });
    const all = await t.db.select().from(attendanceIssues).where(eq(attendanceIssues.orgId, org.id));
    expect(all).toHaveLength(5);
  });

  it("evaluates a closed day again when a late change reaches it: the admin's missing punch clears the issue", async () => {
    const admin = await makeUser(t.db, org.id, { roles: ['PENTADBIR_ORGANISASI'] });
    const c = t.client();
    await c.login(admin.email, admin.password);
    const res = await c.post('/api/admin/punches', { userId: people.noOut, at: at('17:30').toISOString(), kind: 'OUT', reason: 'Lupa daftar keluar' });
    expect(res.status).toBe(201);
    expect(await openIssues(people.noOut!)).toEqual([]);
    const gone = await t.db
      .select()
      .from(attendanceIssues)
      .where(and(eq(attendanceIssues.orgId, org.id), eq(attendanceIssues.userId, people.noOut!)));
    expect(gone.map((g) => g.state)).toEqual(['GUGUR']);
    expect((await records()).find((r) => r.userId === people.noOut)?.status).toBe('HADIR');
  });

  it('is skipped by a second process while another closes the same day (advisory lock; PostgreSQL only, PGlite has one connection)', async (ctx) => {
    if (t.database.driver !== 'postgres') ctx.skip();
    const outcome = await t.database.db.transaction(async (tx) => {
      expect(await tryDayLock(tx, org.id, '2026-11-04')).toBe(true);
      return closeDay(t.database, org, '2026-11-04');
    });
    expect(outcome).toMatchObject({ skipped: 'LOCKED' });
    expect(await closeDay(t.database, org, '2026-11-04')).toMatchObject({ officers: 47 });
  });

  it("lists the days a server must catch up on: from the organisation's first day (35 days at most) to the last day over", async () => {
    const o = await makeOrg(t.db);
    await t.db.update(organisations).set({ onboardedOn: '2026-11-20' }).where(eq(organisations.id, o.id));
    const now = new Date('2026-11-25T05:00:00Z'); // 13:00 in Kuala Lumpur on the 25th
    const mine = (await dueCloses(t.db, now)).filter((d) => d.org.id === o.id).map((d) => d.date);
    expect(mine).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']);
    await closeDay(t.database, { id: o.id, timeZone: o.timeZone, state: o.state, settings: DEFAULT_ORG_SETTINGS }, '2026-11-23', now);
    const after = (await dueCloses(t.db, now)).filter((d) => d.org.id === o.id).map((d) => d.date);
    expect(after).toEqual(['2026-11-24']);
  });
});
