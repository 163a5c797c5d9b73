import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../domain/org/settings';
import { dayStatuses, notifications, scheduleAssignments, workSchedules } from '../db/schema';
import { makeIssue, makeJustification, makeOrg, makePunches, makeUser } from '../test/factories';
import { startTestApp, type TestApp } from '../test/harness';
import { sendReminders } from './reminders';

let t: TestApp;
const DATE = '2026-09-08'; // a Tuesday, a working day in Selangor
const SATURDAY = '2026-09-12';
const at = (hhmm: string, date = DATE) => new Date(`${date}T${hhmm}:00+08:00`);
let org: { id: string; timeZone: string; state: string; settings: unknown };
const p: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  const o = await makeOrg(t.db);
  org = { id: o.id, timeZone: o.timeZone, state: o.state, settings: DEFAULT_ORG_SETTINGS }; // clock-in 08:45, clock-out +30 min, digest 08:00
  p.boss = (await makeUser(t.db, o.id, { roles: ['PENYELIA'] })).id;
  p.idle = (await makeUser(t.db, o.id, { roles: ['PENYELIA'] })).id; // nothing waits for this supervisor
  for (const k of ['absent', 'onLeave', 'inOnly', 'done', 'lateIn', 'night'])
    p[k] = (await makeUser(t.db, o.id, { roles: ['PEGAWAI'], supervisorId: p.boss })).id;
  // The night-shift officer's day starts at 22:00: not reminded in the morning.
  const [night] = await t.db.insert(workSchedules).values({ orgId: o.id, name: 'Syif malam', type: 'SHIFT', startTime: '22:00', endTime: '06:00' }).returning();
  await t.db.insert(scheduleAssignments).values({ orgId: o.id, scheduleId: night!.id, userId: p.night!, from: '2026-01-01' });
  await makePunches(t.db, o.id, [
    { userId: p.inOnly!, at: at('08:00'), kind: 'IN' },
    { userId: p.done!, at: at('07:50'), kind: 'IN' },
    { userId: p.done!, at: at('17:00'), kind: 'OUT' },
  ]);
  await t.db.insert(dayStatuses).values([
    { orgId: o.id, userId: p.onLeave!, date: DATE, code: 'CUTI', part: 'FULL', state: 'DILULUSKAN' },
    { orgId: o.id, userId: p.absent!, date: '2026-09-20', code: 'BDR', part: 'FULL', state: 'MENUNGGU', reviewerId: p.boss },
  ]);
});
afterAll(async () => t.close());

const told = async (kind: string) =>
  await t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.orgId, org.id), eq(notifications.kind, kind)));

describe('reminders and the daily digest', () => {
  it('sends nothing before the set times', async () => {
    expect(await sendReminders(t.database, org, at('07:59'))).toEqual({ clockIn: 0, clockOut: 0, digest: 0 });
  });

  it('digest at 08:00 on a working day to supervisors with items waiting, with the overdue ones counted; once', async () => {
    expect(await sendReminders(t.database, org, at('08:01'))).toMatchObject({ digest: 1 });
    const [d] = await told('DIGEST');
    expect(d).toMatchObject({ userId: p.boss, params: { count: 1, overdue: 0 }, dedupeKey: `digest:${DATE}` });
    expect(await sendReminders(t.database, org, at('08:30'))).toMatchObject({ digest: 0 });
  });

  it('reminds at 08:45 only the officer the day would mark absent: not one on leave, already in, or whose shift starts later; once', async () => {
    expect(await sendReminders(t.database, org, at('08:46'))).toMatchObject({ clockIn: 2 });
    expect((await told('REMIND_IN')).map((n) => n.userId).sort()).toEqual([p.absent, p.lateIn].sort());
    await makePunches(t.db, org.id, [{ userId: p.lateIn!, at: at('09:10'), kind: 'IN' }]);
    expect(await sendReminders(t.database, org, at('09:15'))).toMatchObject({ clockIn: 0 });
    expect(await told('REMIND_IN')).toHaveLength(2);
  });

  it('reminds the officer still checked in 30 minutes after their required end (17:00 for an 08:00 start), once', async () => {
    expect(await sendReminders(t.database, org, at('17:20'))).toMatchObject({ clockOut: 0 });
    expect(await sendReminders(t.database, org, at('17:31'))).toMatchObject({ clockOut: 1 });
    const [r] = await told('REMIND_OUT');
    expect(r).toMatchObject({ userId: p.inOnly, params: { time: '17:00' }, link: '/clock' });
    expect(await sendReminders(t.database, org, at('18:00'))).toMatchObject({ clockOut: 0 });
  });

  it('counts a justification past the review deadline as overdue in the digest, and is quiet on a rest day or when turned off', async () => {
    const next = '2026-09-09';
    const issue = await makeIssue(t.db, org.id, p.absent!, '2026-08-25', { code: 'TIDAK_HADIR' });
    await makeJustification(t.db, org.id, issue, { text: 'Lupa', reviewerId: p.boss, updatedAt: new Date('2026-08-26T01:00:00Z') });
    expect(await sendReminders(t.database, org, at('08:05', next))).toMatchObject({ digest: 1 });
    const digests = await told('DIGEST');
    expect(digests.find((n) => n.dedupeKey === `digest:${next}`)).toMatchObject({ params: { count: 2, overdue: 1 } });
    expect(await sendReminders(t.database, org, at('09:00', SATURDAY))).toEqual({ clockIn: 0, clockOut: 0, digest: 0 });
    const quiet = { ...org, settings: { ...DEFAULT_ORG_SETTINGS, reminderClockInAt: null, digestAt: null, reminderClockOutDelayMinutes: null } };
    expect(await sendReminders(t.database, quiet, at('09:00', '2026-09-10'))).toEqual({ clockIn: 0, clockOut: 0, digest: 0 });
  });
});
