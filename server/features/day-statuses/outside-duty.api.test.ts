import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../domain/day/local-time';
import { DEFAULT_ORG_SETTINGS } from '../../../domain/org/settings';
import { attendanceIssues, auditLog, dayRecords } from '../../db/schema';
import { closeDay } from '../../jobs/day-close';
import { makeOrgWithRoles, makeUser, workingTuesdayAhead } from '../../test/factories';
import { loginAs, startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

/* Outside duty (R30, R19): a Tugasan Luar status carries the duty's start and whether it is out of station, and the engine reads them. */

type Status = { id: string; code: string; state: string; dutyStart: string | null; outOfStation: boolean };

let t: TestApp;
let admin: TestClient;
let officer: TestClient;
let orgA: Awaited<ReturnType<typeof makeOrgWithRoles>>;
const date = workingTuesdayAhead(7);
const office = { lat: 2.9264, lng: 101.6964, accuracy: 15 };

beforeAll(async () => {
  t = await startTestApp({ SESSION_TTL_HOURS: String(24 * 30) });
  orgA = await makeOrgWithRoles(t.db);
  admin = await loginAs(t, orgA.admin);
  officer = await loginAs(t, orgA.officer);
  // In force at once: the test is about the engine's reading, not the approval.
  expect((await admin.patch('/api/organisation', { settings: { statusesNeedingApproval: [] } })).status).toBe(200);
  expect((await admin.post('/api/sites', { name: 'Ibu Pejabat', shape: { type: 'circle', centre: office, radiusMeters: 150 } })).status).toBe(201);
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => t.close());

describe('Tugasan Luar with a duty start', () => {
  it('accepts the duty start and out of station for Tugasan Luar only, naming the field otherwise', async () => {
    const leave = await officer.post<Err>('/api/day-statuses', { date: addDays(date, 1), code: 'CUTI', dutyStart: '07:00' });
    expect(leave.status).toBe(400);
    expect(leave.body.error.details?.fields?.map((f) => f.path)).toEqual(['dutyStart']);
    const home = await officer.post<Err>('/api/day-statuses', { date: addDays(date, 1), code: 'BDR', outOfStation: false });
    expect(home.body.error.details?.fields?.map((f) => f.path)).toEqual(['outOfStation']);
    const bad = await officer.post<Err>('/api/day-statuses', { date: addDays(date, 1), code: 'TUGASAN_LUAR', dutyStart: '25:00', outOfStation: 'yes' });
    expect(bad.body.error.details?.fields?.map((f) => f.path).sort()).toEqual(['dutyStart', 'outOfStation']);
    const plain = await officer.post<Status>('/api/day-statuses', { date: addDays(date, 2), code: 'TUGASAN_LUAR' });
    expect(plain.body).toMatchObject({ dutyStart: null, outOfStation: false });
  });

  it('from 07:00 with no check-in and a check-out at 17:00 is a present day with no issue after the close', async () => {
    const duty = await officer.post<Status>('/api/day-statuses', {
      date,
      code: 'TUGASAN_LUAR',
      dutyStart: '07:00',
      outOfStation: true,
      note: 'Pemeriksaan tapak',
    });
    expect(duty.status).toBe(201);
    expect(duty.body).toMatchObject({ code: 'TUGASAN_LUAR', state: 'DILULUSKAN', dutyStart: '07:00', outOfStation: true });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgA.org.id), eq(auditLog.entityId, duty.body.id)));
    expect(audit?.after).toMatchObject({ dutyStart: '07:00', outOfStation: true });

    // Back at the office at 17:00: the only punch of the day, through the API.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(`${date}T17:00:00+08:00`));
    const out = await officer.post<{ at: string; kind: string }>('/api/punches', {
      idempotencyKey: randomUUID(),
      location: office,
      deviceTime: new Date().toISOString(),
    });
    expect(out.status).toBe(201);
    vi.useRealTimers();

    const org = { id: orgA.org.id, timeZone: orgA.org.timeZone, state: orgA.org.state, settings: DEFAULT_ORG_SETTINGS };
    expect(await closeDay(t.database, org, date, new Date(`${addDays(date, 1)}T12:00:00+08:00`))).toMatchObject({ date });
    const [record] = await t.db
      .select()
      .from(dayRecords)
      .where(and(eq(dayRecords.orgId, orgA.org.id), eq(dayRecords.userId, orgA.officer.id), eq(dayRecords.date, date)));
    expect(record).toMatchObject({ dayType: 'WORKING', issues: [] });
    expect(record?.status).not.toBe('TIDAK_HADIR');
    expect(record?.checkOut?.toISOString()).toBe(out.body.at);
    const issues = await t.db
      .select()
      .from(attendanceIssues)
      .where(and(eq(attendanceIssues.orgId, orgA.org.id), eq(attendanceIssues.userId, orgA.officer.id)));
    expect(issues).toEqual([]);
  });

  it('takes the recorded start into the reading: a duty from 09:00 ends at 18:00, so 17:00 is early (R19)', async () => {
    const u = await makeUser(t.db, orgA.org.id, { roles: ['PEGAWAI'] });
    const late = await loginAs(t, u);
    expect((await late.post<Status>('/api/day-statuses', { date, code: 'TUGASAN_LUAR', dutyStart: '09:00' })).status).toBe(201);
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(`${date}T17:00:00+08:00`));
    expect((await late.post('/api/punches', { idempotencyKey: randomUUID(), location: office, deviceTime: new Date().toISOString() })).status).toBe(201);
    vi.useRealTimers();
    const day = await late.get<{ requiredEnd: string | null; statuses: Status[] }>(`/api/attendance/days/${date}`);
    expect(day.body.statuses[0]).toMatchObject({ dutyStart: '09:00', outOfStation: false });
    expect(day.body.requiredEnd).toBe('18:00');
    const org = { id: orgA.org.id, timeZone: orgA.org.timeZone, state: orgA.org.state, settings: DEFAULT_ORG_SETTINGS };
    await closeDay(t.database, org, date, new Date(`${addDays(date, 1)}T12:00:00+08:00`), { again: true });
    const [record] = await t.db
      .select()
      .from(dayRecords)
      .where(and(eq(dayRecords.orgId, orgA.org.id), eq(dayRecords.userId, u.id), eq(dayRecords.date, date)));
    expect((record?.issues as { code: string }[]).map((i) => i.code)).toEqual(['BALIK_AWAL']);
  });
});
