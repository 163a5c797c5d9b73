import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles, makeUnit, makeUser, type MadeUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Schedule = {
  id: string;
  name: string;
  type: string;
  start: string | null;
  end: string | null;
  graceMinutes: number;
  marginAfterMinutes: number | null;
  active: boolean;
};
type Assignment = { id: string; level: string; scheduleId: string | null; patternId: string | null; from: string; to: string | null };
type Pattern = { id: string; days: (string | null)[]; active: boolean };
type Grid = { dates: string[]; officers: { id: string; cells: { date: string; name: string | null; source: string; off: boolean; conflicts: string[] }[] }[] };

let t: TestApp;
let admin: TestClient;
let otherAdmin: TestClient;
const as: Record<string, TestClient> = {};
let officer: MadeUser;
let outsider: MadeUser;
let unitId: string;
let otherSchedule: string;

const NIGHT = { name: 'Syif malam', type: 'SHIFT', start: '22:00', end: '06:00', graceMinutes: 0 };

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  const b = await makeOrgWithRoles(t.db);
  unitId = (await makeUnit(t.db, a.org.id, 'Keselamatan')).id;
  officer = await makeUser(t.db, a.org.id, { roles: ['PEGAWAI'], unitId });
  outsider = b.officer;
  admin = t.client();
  await admin.login(a.admin.email, a.admin.password);
  otherAdmin = t.client();
  await otherAdmin.login(b.admin.email, b.admin.password);
  for (const [k, u] of Object.entries({ supervisor: a.supervisor, executive: a.executive, officer })) {
    as[k] = t.client();
    await as[k].login(u.email, u.password);
  }
  as.anonymous = t.client();
  otherSchedule = (await otherAdmin.post<Schedule>('/api/work-schedules', { name: 'Lain', type: 'WBF' })).body.id;
});
afterAll(async () => t.close());

async function actions() {
  return (await admin.get<{ items: { action: string }[] }>('/api/audit?pageSize=100')).body.items.map((a) => a.action);
}

describe('work schedules', () => {
  it("adds a night shift from the contract's body, and the WBF and FIXED shapes", async () => {
    const night = await admin.post<Schedule>('/api/work-schedules', NIGHT);
    expect(night.status).toBe(201);
    expect(night.body).toMatchObject({ id: expect.any(String), ...NIGHT, marginAfterMinutes: null, active: true });
    const wbf = await admin.post<Schedule>('/api/work-schedules', { name: 'WBF', type: 'WBF', graceMinutes: 5 });
    expect(wbf.body).toMatchObject({ type: 'WBF', start: null, end: null, graceMinutes: 5 });
    const fixed = await admin.post<Schedule>('/api/work-schedules', {
      name: 'Kaunter',
      type: 'FIXED',
      start: '08:00',
      end: '17:00',
      rests: [{ from: '13:00', to: '14:00' }],
    });
    expect(fixed.status).toBe(201);
    const list = await admin.get<{ items: Schedule[] }>('/api/work-schedules');
    expect(list.body.items.map((s) => s.name)).toEqual(['Kaunter', 'Syif malam', 'WBF']);
    expect(await actions()).toContain('work_schedule.created');
  });

  it('answers 400 naming the field', async () => {
    const time = await admin.post<Err>('/api/work-schedules', { ...NIGHT, start: '24:00' });
    expect(time.status).toBe(400);
    expect(time.body.error.details?.fields?.[0]?.path).toBe('start');
    const name = await admin.post<Err>('/api/work-schedules', { type: 'WBF' });
    expect(name.body.error.details?.fields?.[0]?.path).toBe('name');
    const noEnd = await admin.post<Err>('/api/work-schedules', { name: 'X', type: 'FIXED', start: '08:00' });
    expect(noEnd.body.error.details?.fields?.[0]?.path).toBe('end');
    const wbf = (await admin.post<Schedule>('/api/work-schedules', { name: 'WBF 2', type: 'WBF' })).body;
    const stray = await admin.patch<Err>(`/api/work-schedules/${wbf.id}`, { start: '08:00' });
    expect(stray.status).toBe(400);
    expect(stray.body.error.details?.fields?.[0]?.path).toBe('start');
  });

  it('changes, deactivates and deletes; a schedule in use is 409 and is deactivated instead', async () => {
    const s = (await admin.post<Schedule>('/api/work-schedules', { ...NIGHT, name: 'Syif A' })).body;
    const changed = await admin.patch<Schedule>(`/api/work-schedules/${s.id}`, { end: '07:00', marginAfterMinutes: 120 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ start: '22:00', end: '07:00', marginAfterMinutes: 120 });
    const a = await admin.post<Assignment>('/api/work-schedules/assignments', { scheduleId: s.id, userId: officer.id, from: '2030-01-01', to: '2030-01-31' });
    expect(a.status).toBe(201);
    const inUse = await admin.delete<Err>(`/api/work-schedules/${s.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.code).toBe('SCHEDULE_IN_USE');
    expect((await admin.patch<Schedule>(`/api/work-schedules/${s.id}`, { active: false })).body.active).toBe(false);
    const unused = (await admin.post<Schedule>('/api/work-schedules', { ...NIGHT, name: 'Syif B' })).body;
    expect((await admin.delete(`/api/work-schedules/${unused.id}`)).status).toBe(204);
    expect(await actions()).toEqual(expect.arrayContaining(['work_schedule.updated', 'work_schedule.deleted', 'schedule_assignment.created']));
  });

  it("is the organisation admin's only (401, 403) and keeps organisations apart (404)", async () => {
    expect((await as.anonymous!.get('/api/work-schedules')).status).toBe(401);
    for (const k of ['supervisor', 'executive', 'officer']) {
      expect((await as[k]!.get('/api/work-schedules')).status, k).toBe(403);
      expect((await as[k]!.post('/api/work-schedules', NIGHT)).status, k).toBe(403);
      expect((await as[k]!.put(`/api/rosters/${officer.id}/2030-02-01`, { scheduleId: null })).status, k).toBe(403);
    }
    expect((await admin.patch(`/api/work-schedules/${otherSchedule}`, { name: 'X' })).status).toBe(404);
    expect((await admin.delete(`/api/work-schedules/${otherSchedule}`)).status).toBe(404);
    expect((await admin.get<{ items: Schedule[] }>('/api/work-schedules')).body.items.map((s) => s.id)).not.toContain(otherSchedule);
  });
});

describe('assignments', () => {
  let night: string;
  beforeAll(async () => {
    night = (await admin.post<Schedule>('/api/work-schedules', { ...NIGHT, name: 'Syif malam 2' })).body.id;
  });

  it('assigns the organisation default, a unit and an officer; an overlap at one level is 409', async () => {
    const org = await admin.post<Assignment>('/api/work-schedules/assignments', { scheduleId: night, from: '2031-01-01', to: '2031-06-30' });
    expect(org.status).toBe(201);
    expect(org.body).toMatchObject({ level: 'ORGANISATION', scheduleId: night, to: '2031-06-30' });
    const clash = await admin.post<Err>('/api/work-schedules/assignments', { scheduleId: night, from: '2031-06-30' });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('ASSIGNMENT_OVERLAP');
    expect((await admin.post('/api/work-schedules/assignments', { scheduleId: night, from: '2031-07-01' })).status).toBe(201);
    // Another level over the same dates is no overlap.
    const unit = await admin.post<Assignment>('/api/work-schedules/assignments', { scheduleId: night, unitId, from: '2031-01-01' });
    expect(unit.body.level).toBe('UNIT');
    const list = await admin.get<{ items: Assignment[] }>(`/api/work-schedules/assignments?unitId=${unitId}`);
    expect(list.body.items.map((a) => a.id)).toEqual([unit.body.id]);
    expect((await admin.delete(`/api/work-schedules/assignments/${unit.body.id}`)).status).toBe(204);
    expect((await otherAdmin.delete(`/api/work-schedules/assignments/${org.body.id}`)).status).toBe(404);
    expect(await actions()).toContain('schedule_assignment.deleted');
  });

  it('answers 400 naming the field', async () => {
    const field = async (body: unknown) => (await admin.post<Err>('/api/work-schedules/assignments', body)).body.error.details?.fields?.[0]?.path;
    expect(await field({ from: '2032-01-01' })).toBe('scheduleId');
    expect(await field({ scheduleId: night, userId: officer.id, unitId, from: '2032-01-01' })).toBe('unitId');
    expect(await field({ scheduleId: night, from: '2032-01-02', to: '2032-01-01' })).toBe('to');
    expect(await field({ scheduleId: night, from: '2032-02-30' })).toBe('from');
    expect(await field({ scheduleId: otherSchedule, from: '2032-01-01' })).toBe('scheduleId');
    expect(await field({ scheduleId: night, userId: outsider.id, from: '2032-01-01' })).toBe('userId');
  });
});

describe('work patterns', () => {
  it("adds, changes and deletes a pattern; one in use is 409; a day naming another organisation's schedule is 400", async () => {
    const s = (await admin.post<Schedule>('/api/work-schedules', { name: 'Siang 12 jam', type: 'SHIFT', start: '07:00', end: '19:00' })).body.id;
    const p = await admin.post<Pattern>('/api/work-patterns', { name: '4 kerja 4 rehat', anchor: '2033-01-01', days: [s, s, s, s, null, null, null, null] });
    expect(p.status).toBe(201);
    expect(p.body.days).toHaveLength(8);
    const bad = await admin.post<Err>('/api/work-patterns', { name: 'X', anchor: '2033-01-01', days: [s, otherSchedule] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.fields?.[0]?.path).toBe('days.1');
    const changed = await admin.patch<Pattern>(`/api/work-patterns/${p.body.id}`, { days: [s, null] });
    expect(changed.body.days).toEqual([s, null]);
    expect((await admin.post('/api/work-schedules/assignments', { patternId: p.body.id, userId: officer.id, from: '2033-01-01' })).status).toBe(201);
    const inUse = await admin.delete<Err>(`/api/work-patterns/${p.body.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.code).toBe('PATTERN_IN_USE');
    expect((await admin.get<{ items: Pattern[] }>('/api/work-patterns')).body.items.map((x) => x.id)).toContain(p.body.id);
    expect((await otherAdmin.patch(`/api/work-patterns/${p.body.id}`, { name: 'Y' })).status).toBe(404);
    const spare = (await admin.post<Pattern>('/api/work-patterns', { name: 'Mingguan', anchor: '2033-01-03', days: [s, s, s, s, s, null, null] })).body;
    expect((await admin.delete(`/api/work-patterns/${spare.id}`)).status).toBe(204);
    expect(await actions()).toEqual(expect.arrayContaining(['work_pattern.created', 'work_pattern.updated', 'work_pattern.deleted']));
  });
});

describe('rosters', () => {
  it("sets and clears cells; the grid says where each cell's schedule comes from and shows conflicts; the officer's day shows it", async () => {
    const night = (await admin.post<Schedule>('/api/work-schedules', { ...NIGHT, name: 'Malam R' })).body.id;
    const early = (await admin.post<Schedule>('/api/work-schedules', { name: 'Pagi R', type: 'SHIFT', start: '05:00', end: '13:00' })).body.id;
    const cell = await admin.put(`/api/rosters/${officer.id}/2034-03-04`, { scheduleId: night });
    expect(cell.status).toBe(200);
    expect(cell.body).toEqual({ userId: officer.id, date: '2034-03-04', scheduleId: night });
    expect((await admin.put(`/api/rosters/${officer.id}/2034-03-05`, { scheduleId: early })).status).toBe(200);
    expect((await admin.put(`/api/rosters/${officer.id}/2034-03-06`, { scheduleId: null })).status).toBe(200);
    const grid = await admin.get<Grid>(`/api/rosters?unitId=${unitId}&month=2034-03`);
    expect(grid.status).toBe(200);
    expect(grid.body.dates).toHaveLength(31);
    const mine = grid.body.officers.find((o) => o.id === officer.id)!;
    const on = (date: string) => mine.cells.find((c) => c.date === date)!;
    expect(on('2034-03-04')).toMatchObject({ name: 'Malam R', source: 'ROSTER', off: false, conflicts: [] });
    expect(on('2034-03-05')).toMatchObject({ name: 'Pagi R', source: 'ROSTER', conflicts: ['OVERLAP'] });
    expect(on('2034-03-06')).toMatchObject({ source: 'ROSTER', off: true });
    expect(on('2034-03-07').source).toBe('PERSONAL'); // the pattern assigned to the officer from 2033 on
    // The officer's own day goes through the same context.
    await admin.put(`/api/rosters/${officer.id}/2026-11-07`, { scheduleId: night }); // a Saturday
    const day = await as.officer!.get<{ dayType: string; schedule: { name: string; source: string } }>('/api/attendance/days/2026-11-07');
    expect(day.body).toMatchObject({ dayType: 'WORKING', schedule: { name: 'Malam R', source: 'ROSTER' } });
    expect((await admin.delete(`/api/rosters/${officer.id}/2034-03-06`)).status).toBe(204);
    expect((await admin.delete(`/api/rosters/${officer.id}/2034-03-06`)).status).toBe(404);
    expect(await actions()).toEqual(expect.arrayContaining(['roster.set', 'roster.cleared']));
  });

  it('keeps organisations apart and names a bad field', async () => {
    expect((await admin.put(`/api/rosters/${outsider.id}/2034-03-04`, { scheduleId: null })).status).toBe(404);
    expect((await otherAdmin.delete(`/api/rosters/${officer.id}/2034-03-04`)).status).toBe(404);
    expect((await otherAdmin.get(`/api/rosters?unitId=${unitId}&month=2034-03`)).status).toBe(404);
    const other = await admin.put<Err>(`/api/rosters/${officer.id}/2034-03-04`, { scheduleId: otherSchedule });
    expect(other.status).toBe(400);
    expect(other.body.error.details?.fields?.[0]?.path).toBe('scheduleId');
    const missing = await admin.put<Err>(`/api/rosters/${officer.id}/2034-03-04`, {});
    expect(missing.body.error.details?.fields?.[0]?.path).toBe('scheduleId');
    const month = await admin.get<Err>(`/api/rosters?unitId=${unitId}&month=2034-13`);
    expect(month.body.error.details?.fields?.[0]?.path).toBe('month');
  });
});
