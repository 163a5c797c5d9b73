import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../../domain/org/settings';
import type { Database } from '../../db/client';
import { dayRecords, rosterEntries, scheduleAssignments, workPatternDays, workPatterns, workSchedules } from '../../db/schema';
import { closeDay, closesAt, dueCloses } from '../../jobs/day-close';
import { makeOrg, makePunches, makeUnit, makeUser } from '../../test/factories';
import { openTestDatabase } from '../../test/harness';
import { evaluateOfficers, loadWorkingTime } from './context';

/*
 * The officer-day context: each officer judged under their own schedule (R14 precedence:
 * roster > personal > unit sub-tree > organisation default), in one day close.
 */

const DATE = '2026-11-03'; // a Tuesday, a working day in Kuala Lumpur
const NEXT = '2026-11-04';
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
const sent: string[] = [];
let database: Database;
let org: { id: string; timeZone: string; state: string; settings: unknown };
const ids: Record<string, string> = {};
const unitOf: Record<string, string | null> = {};

beforeAll(async () => {
  database = await openTestDatabase({ logger: { logQuery: (query) => void sent.push(query) } });
  const db = database.db;
  const o = await makeOrg(db, { onboardedOn: '2026-11-01' });
  org = { id: o.id, timeZone: o.timeZone, state: o.state, settings: DEFAULT_ORG_SETTINGS };
  const parent = await makeUnit(db, o.id, 'Bahagian Khidmat Pelanggan');
  const counter = await makeUnit(db, o.id, 'Kaunter', parent.id);
  const guards = await makeUnit(db, o.id, 'Keselamatan');
  const [night, fixed, late, wbf] = await db
    .insert(workSchedules)
    .values([
      { orgId: o.id, name: 'Syif malam', type: 'SHIFT', startTime: '22:00', endTime: '06:00' },
      { orgId: o.id, name: 'Kaunter 8–5', type: 'FIXED', startTime: '08:00', endTime: '17:00', rests: [{ from: '13:00', to: '14:00' }] },
      { orgId: o.id, name: 'Syif petang', type: 'SHIFT', startTime: '14:00', endTime: '22:00' },
      { orgId: o.id, name: 'WBF Ibu Pejabat', type: 'WBF', graceMinutes: 5 },
    ])
    .returning();
  const people = { night: guards.id, fixed: counter.id, rostered: guards.id, off: guards.id, wbf: null, patterned: guards.id, nightBefore: guards.id } as const;
  for (const [key, unitId] of Object.entries(people)) {
    ids[key] = (await makeUser(db, o.id, { roles: ['PEGAWAI'], ...(unitId ? { unitId } : {}) })).id;
    unitOf[key] = unitId;
  }
  // Two-day pattern anchored on the Monday: day 0 the night shift, day 1 off (the Tuesday).
  const [pattern] = await db.insert(workPatterns).values({ orgId: o.id, name: '1 kerja 1 rehat', anchor: '2026-11-02', cycleDays: 2 }).returning();
  await db.insert(workPatternDays).values([
    { orgId: o.id, patternId: pattern!.id, dayIndex: 0, scheduleId: night!.id },
    { orgId: o.id, patternId: pattern!.id, dayIndex: 1, scheduleId: null },
  ]);
  await db.insert(scheduleAssignments).values([
    { orgId: o.id, scheduleId: wbf!.id, from: '2026-01-01' }, // organisation default
    { orgId: o.id, scheduleId: fixed!.id, unitId: parent.id, from: '2026-10-01' }, // a parent unit: its sub-tree (Kaunter) too
    { orgId: o.id, scheduleId: fixed!.id, unitId: guards.id, from: '2026-10-01', to: '2026-12-31' },
    { orgId: o.id, scheduleId: night!.id, userId: ids.night!, from: '2026-11-01' },
    { orgId: o.id, scheduleId: night!.id, userId: ids.rostered!, from: '2026-11-01' },
    { orgId: o.id, patternId: pattern!.id, userId: ids.patterned!, from: '2026-11-01' },
  ]);
  await db.insert(rosterEntries).values([
    { orgId: o.id, userId: ids.rostered!, date: DATE, scheduleId: late!.id },
    { orgId: o.id, userId: ids.off!, date: DATE, scheduleId: null },
    { orgId: o.id, userId: ids.nightBefore!, date: '2026-11-02', scheduleId: night!.id }, // the Monday's night, then the unit's fixed hours
  ]);
  const p = (key: string, date: string, hhmm: string) => ({ userId: ids[key]!, at: at(date, hhmm) });
  await makePunches(db, o.id, [
    p('night', DATE, '21:55'),
    p('night', NEXT, '06:02'), // across midnight: the Tuesday's shift
    p('fixed', DATE, '08:10'),
    p('fixed', DATE, '17:00'),
    p('rostered', DATE, '13:58'),
    p('rostered', DATE, '22:01'),
    p('wbf', DATE, '09:04'),
    p('wbf', DATE, '18:05'),
    p('nightBefore', '2026-11-02', '21:58'),
    p('nightBefore', DATE, '06:01'),
    p('nightBefore', DATE, '08:00'),
    p('nightBefore', DATE, '17:00'),
  ]);
}, 60_000);
afterAll(async () => database.close());

const officer = (key: string) => ({ id: ids[key]!, dutyState: 'MY-14', unitId: unitOf[key] ?? null });

describe('the officer-day context', () => {
  it("resolves each officer's schedule of a date by R14: roster, personal, unit sub-tree, organisation default", async () => {
    const keys = ['night', 'fixed', 'rostered', 'off', 'wbf', 'patterned'];
    const ctx = await database.forTenant(org.id, (tx) => loadWorkingTime(tx, org, keys.map(officer), DATE, DATE));
    const plan = (key: string) => ctx.planOf(ids[key]!, DATE);
    expect(plan('night')).toMatchObject({ name: 'Syif malam', source: 'PERSONAL', schedule: { type: 'SHIFT', start: '22:00', end: '06:00' } });
    expect(plan('night').dayType).toBeUndefined(); // a plain schedule: the calendar's weekend
    expect(plan('fixed')).toMatchObject({ name: 'Kaunter 8–5', source: 'UNIT', schedule: { type: 'FIXED' } });
    expect(plan('rostered')).toMatchObject({ name: 'Syif petang', source: 'ROSTER', dayType: 'WORKING' });
    expect(plan('off')).toMatchObject({ scheduleId: null, source: 'ROSTER', dayType: 'REST' });
    expect(plan('wbf')).toMatchObject({ name: 'WBF Ibu Pejabat', source: 'DEFAULT', schedule: { type: 'WBF', graceMinutes: 5 } });
    expect(plan('patterned')).toMatchObject({ source: 'PERSONAL', dayType: 'REST' });
    expect(ctx.planOf(ids.patterned!, '2026-11-02')).toMatchObject({ name: 'Syif malam', dayType: 'WORKING' });
    expect(ctx.planOf(ids.patterned!, '2026-10-31')).toMatchObject({ name: 'Kaunter 8–5', source: 'UNIT' }); // before the pattern's assignment
  });

  it('reads the same statements for one officer as for six', async () => {
    const run = async (keys: string[]) => {
      sent.length = 0;
      await database.forTenant(org.id, (tx) => evaluateOfficers(tx, org, keys.map(officer), DATE, DATE));
      return [...sent];
    };
    const one = await run(['wbf']);
    const six = await run(['night', 'fixed', 'rostered', 'off', 'wbf', 'patterned']);
    expect(six).toEqual(one);
  });

  it("waits for the night shift's window before the date closes", async () => {
    const [due] = (await dueCloses(database.db, at(NEXT, '11:00'))).filter((d) => d.org.id === org.id && d.date === DATE);
    expect(due).toBeUndefined();
    const withSchedules = (await dueCloses(database.db, at(NEXT, '12:30'))).find((d) => d.org.id === org.id && d.date === DATE);
    expect(withSchedules).toBeDefined();
    expect(closesAt(DATE, withSchedules!.org).toISOString()).toBe('2026-11-04T04:00:00.000Z'); // 06:00 + the 6 h margin, local noon
    // A caller that does not pass the schedules (an operator's close-day) gets the same answer.
    expect(await closeDay(database, org, DATE, at(NEXT, '11:00'))).toMatchObject({ skipped: 'OPEN' });
  });

  it('closes a night-shift, a fixed-hours, a rostered and a WBF officer together, each under their own schedule', async () => {
    expect(await closeDay(database, org, DATE)).toMatchObject({ officers: 7 });
    const rows = await database.db
      .select()
      .from(dayRecords)
      .where(and(eq(dayRecords.orgId, org.id), eq(dayRecords.date, DATE)));
    const of = (key: string) => rows.find((r) => r.userId === ids[key]);
    expect(of('night')).toMatchObject({
      status: 'HADIR',
      dayType: 'WORKING',
      checkIn: at(DATE, '21:55'),
      checkOut: at(NEXT, '06:02'),
      issues: [],
      scheduleName: 'Syif malam',
      scheduleType: 'SHIFT',
      plannedStart: '22:00',
      plannedEnd: '06:00',
    });
    expect(of('fixed')).toMatchObject({
      status: 'HADIR',
      lateMinutes: 10,
      workedMinutes: 8 * 60 + 50 - 60,
      scheduleName: 'Kaunter 8–5',
      scheduleType: 'FIXED',
      plannedStart: '08:00',
      plannedEnd: '17:00',
    });
    expect((of('fixed')!.issues as { code: string }[]).map((i) => i.code)).toEqual(['LEWAT']);
    expect(of('rostered')).toMatchObject({
      status: 'HADIR',
      issues: [],
      checkOut: at(DATE, '22:01'),
      scheduleName: 'Syif petang',
      plannedStart: '14:00',
      plannedEnd: '22:00',
    });
    expect(of('off')).toMatchObject({ dayType: 'REST', status: 'HARI_REHAT', issues: [] });
    expect(of('patterned')).toMatchObject({ dayType: 'REST', status: 'HARI_REHAT', issues: [] });
    // The Monday night's check-out at 06:01 is the Monday's, read from its roster cell: the Tuesday starts at 08:00.
    expect(of('nightBefore')).toMatchObject({
      status: 'HADIR',
      checkIn: at(DATE, '08:00'),
      checkOut: at(DATE, '17:00'),
      issues: [],
      scheduleName: 'Kaunter 8–5',
    });
    expect(of('wbf')).toMatchObject({
      status: 'HADIR',
      lateMinutes: 0,
      issues: [],
      scheduleName: 'WBF Ibu Pejabat',
      scheduleType: 'WBF',
      plannedStart: null,
      plannedEnd: null,
    });
  });

  it('keeps the stored schedule of a closed day when the assignment changes later', async () => {
    await database.db
      .update(workSchedules)
      .set({ name: 'Syif malam (baharu)' })
      .where(and(eq(workSchedules.orgId, org.id), eq(workSchedules.name, 'Syif malam')));
    const [row] = await database.db
      .select()
      .from(dayRecords)
      .where(and(eq(dayRecords.orgId, org.id), eq(dayRecords.userId, ids.night!), eq(dayRecords.date, DATE)));
    expect(row?.scheduleName).toBe('Syif malam');
  });

  it('refuses in the database an assignment that overlaps another of the same level and target (the service is not the only wall)', async () => {
    const [wbf] = await database.db
      .select()
      .from(workSchedules)
      .where(and(eq(workSchedules.orgId, org.id), eq(workSchedules.name, 'WBF Ibu Pejabat')));
    const overlapping = database.forTenant(org.id, (tx) =>
      tx.insert(scheduleAssignments).values({ orgId: org.id, scheduleId: wbf!.id, from: '2027-01-01', to: '2027-12-31' }),
    );
    await expect(overlapping).rejects.toMatchObject({ cause: { code: '23P01' } });
    const otherOfficer = database.forTenant(org.id, (tx) =>
      tx.insert(scheduleAssignments).values({ orgId: org.id, scheduleId: wbf!.id, userId: ids.wbf!, from: '2027-01-01' }),
    );
    await expect(otherOfficer).resolves.toBeDefined();
  });
});
