import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, localOf } from '../../../domain/day/local-time';
import { DEFAULT_ORG_SETTINGS } from '../../../domain/org/settings';
import { attendanceIssues, dayRecords } from '../../db/schema';
import { closeDay } from '../../jobs/day-close';
import { makeOrgWithRoles, makeUser } from '../../test/factories';
import { loginAs, startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';

/*
 * R33 through the real API: an online punch is stored with no declared kind, and the engine
 * reads it against the officer's own schedule, so a 22:00–06:00 shift's morning punch is the
 * check-out of the night before, not the check-in of a new calendar day.
 */

type Punch = { id: string; at: string; kind: 'IN' | 'OUT' | null };
type Today = {
  next: 'IN' | 'OUT';
  day: { date: string; checkIn: string | null; checkOut: string | null; provisional: boolean; schedule: { name: string | null } };
};

let t: TestApp;
let admin: TestClient;
let orgA: Awaited<ReturnType<typeof makeOrgWithRoles>>;
let nightId: string;
const office = { lat: 2.9264, lng: 101.6964, accuracy: 15 };

/** A Tuesday at least `minDays` before today in Kuala Lumpur (its Wednesday too is a working day), not around Christmas. */
function tuesdayBefore(minDays: number): string {
  let d = addDays(localOf(new Date().toISOString(), 'Asia/Kuala_Lumpur').date, -minDays);
  while (Temporal.PlainDate.from(d).dayOfWeek !== 2 || d.slice(5, 7) === '12') d = addDays(d, -1);
  return d;
}
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
/** Makes the server's clock (and only its Date) read `when` for what follows. */
const clockAt = (when: Date) => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(when);
};
const punch = (c: TestClient) => c.post<Punch>('/api/punches', { idempotencyKey: randomUUID(), location: office, deviceTime: new Date().toISOString() });

async function nightOfficer(): Promise<{ id: string; client: TestClient }> {
  const u = await makeUser(t.db, orgA.org.id, { roles: ['PEGAWAI'] });
  const from = addDays(tuesdayBefore(30), -7);
  expect((await admin.post('/api/work-schedules/assignments', { scheduleId: nightId, userId: u.id, from })).status).toBe(201);
  return { id: u.id, client: await loginAs(t, u) };
}

beforeAll(async () => {
  // Long sessions: the server's clock is set days back, and the session is touched from it.
  t = await startTestApp({ SESSION_TTL_HOURS: String(24 * 30) });
  orgA = await makeOrgWithRoles(t.db);
  admin = await loginAs(t, orgA.admin);
  expect((await admin.post('/api/sites', { name: 'Pondok Pengawal', shape: { type: 'circle', centre: office, radiusMeters: 150 } })).status).toBe(201);
  const shift = await admin.post<{ id: string }>('/api/work-schedules', { name: 'Syif malam', type: 'SHIFT', start: '22:00', end: '06:00', graceMinutes: 0 });
  expect(shift.status).toBe(201);
  nightId = shift.body.id;
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => t.close());

describe('a night shift through the API (R33)', () => {
  it('reads 21:55 as the check-in and 06:02 the next morning as the check-out: one present working day after the close', async () => {
    const night = await nightOfficer();
    const date = tuesdayBefore(3);
    const next = addDays(date, 1);

    clockAt(at(date, '21:50'));
    const before = await night.client.get<Today>('/api/attendance/today');
    expect(before.body).toMatchObject({ next: 'IN', day: { date, checkIn: null, schedule: { name: 'Syif malam' } } });
    clockAt(at(date, '21:55'));
    const inPunch = await punch(night.client);
    expect(inPunch.status).toBe(201);
    expect(inPunch.body.kind).toBeNull();

    // The morning after, the clock page is still on the shift's date and the button checks out.
    clockAt(at(next, '06:01'));
    const morning = await night.client.get<Today>('/api/attendance/today');
    expect(morning.body).toMatchObject({ next: 'OUT', day: { date, checkIn: inPunch.body.at, checkOut: null, provisional: true } });
    clockAt(at(next, '06:02'));
    const outPunch = await punch(night.client);
    expect(outPunch.status).toBe(201);
    vi.useRealTimers();

    // Stored with no declared kind: the reading is the engine's, not the row's.
    const stored = await t.db.query.punches.findMany({ where: (p, { eq: is }) => is(p.userId, night.id) });
    expect(stored.map((p) => p.kind)).toEqual([null, null]);

    const org = { id: orgA.org.id, timeZone: orgA.org.timeZone, state: orgA.org.state, settings: DEFAULT_ORG_SETTINGS };
    expect(await closeDay(t.database, org, date)).toMatchObject({ date });
    const [record] = await t.db
      .select()
      .from(dayRecords)
      .where(and(eq(dayRecords.orgId, orgA.org.id), eq(dayRecords.userId, night.id), eq(dayRecords.date, date)));
    expect(record).toMatchObject({ dayType: 'WORKING', status: 'HADIR', issues: [], scheduleName: 'Syif malam', plannedStart: '22:00', plannedEnd: '06:00' });
    expect(record?.checkIn?.toISOString()).toBe(inPunch.body.at);
    expect(record?.checkOut?.toISOString()).toBe(outPunch.body.at);
    const issues = await t.db
      .select()
      .from(attendanceIssues)
      .where(and(eq(attendanceIssues.orgId, orgA.org.id), eq(attendanceIssues.userId, night.id)));
    expect(issues).toEqual([]);
  });

  it('reads the next night’s punch as a check-in after a forgotten check-out', async () => {
    const night = await nightOfficer();
    const date = tuesdayBefore(10);
    const next = addDays(date, 1);
    clockAt(at(date, '21:56'));
    expect((await punch(night.client)).status).toBe(201);
    // No check-out in the morning; the next evening the button checks in to the new shift.
    clockAt(at(next, '21:50'));
    const evening = await night.client.get<Today>('/api/attendance/today');
    expect(evening.body).toMatchObject({ next: 'IN', day: { date: next, checkIn: null } });
    clockAt(at(next, '21:52'));
    const second = await punch(night.client);
    expect(second.status).toBe(201);
    vi.useRealTimers();
    const first = await night.client.get<{ checkIn: string | null; checkOut: string | null; issues: { code: string }[] }>(`/api/attendance/days/${date}`);
    expect(first.body.checkOut).toBeNull();
    expect(first.body.issues.map((i) => i.code)).toContain('TIADA_DAFTAR_KELUAR');
    const then = await night.client.get<{ checkIn: string | null }>(`/api/attendance/days/${next}`);
    expect(then.body.checkIn).toBe(second.body.at);
  });
});
