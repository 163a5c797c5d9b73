import { dayKind } from '../../domain/calendar/calendar';
import { localOf, startOfDay } from '../../domain/day/local-time';
import { parseOrgSettings } from '../../domain/org/settings';
import { isStateCode } from '../../domain/org/states';
import { toHHMM, toMinutes } from '../../domain/schedule/clock';
import type { Database } from '../db/client';
import { evaluateUsers } from '../features/attendance';
import { notify, type Notice } from '../features/notifications';
import { holidayCalendar } from '../features/working-time';
import { notCheckedIn, notCheckedOut, supervisorsWithPending } from './reminders-repo';

type Org = { id: string; timeZone: string; state: string; settings: unknown };

/** How long after its set time a once-a-day reminder is still worth sending (a server that was down for the morning stays quiet). */
const WINDOW_MINUTES = 180;

/**
 * The reminders and the digest of one organisation at `now`, at times the organisation
 * sets: officers not checked in by `reminderClockInAt` on a day the engine would
 * mark them absent (not on leave or another full-day status, not a rest day or holiday);
 * officers checked in but not out by their required end plus `reminderClockOutDelayMinutes`;
 * supervisors with items waiting at `digestAt` on a working day. Each is told once a day
 * (dedupe keys), however many processes run it.
 */
export async function sendReminders(database: Database, org: Org, now = new Date()): Promise<{ clockIn: number; clockOut: number; digest: number }> {
  const s = parseOrgSettings(org.settings);
  const local = localOf(now.toISOString(), org.timeZone);
  const date = local.date;
  const dayStart = startOfDay(date, org.timeZone);
  const inWindow = (at: string | null) => at !== null && local.minutes >= toMinutes(at) && local.minutes < toMinutes(at) + WINDOW_MINUTES;
  return database.forTenant(org.id, async (tx) => {
    const notices: Notice[] = [];
    const counts = { clockIn: 0, clockOut: 0, digest: 0 };
    if (inWindow(s.reminderClockInAt)) {
      const key = `remind-in:${date}`;
      const ids = await notCheckedIn(tx, org.id, dayStart, now, key);
      for (const d of await evaluateUsers(tx, org.id, org.timeZone, org.settings, date, ids)) {
        // An officer whose own schedule starts later (an afternoon or night shift) is not told yet.
        const started = d.planned.start === null || toMinutes(d.planned.start) <= local.minutes;
        if (started && d.record.dayType === 'WORKING' && d.record.issues.some((i) => i.code === 'TIDAK_HADIR')) {
          notices.push({ userId: d.id, kind: 'REMIND_IN', params: { date }, dedupeKey: key });
          counts.clockIn++;
        }
      }
    }
    if (s.reminderClockOutDelayMinutes !== null) {
      const key = `remind-out:${date}`;
      // No working day ends less than 7 hours after check-in, so check-ins later than 7 hours plus the delay ago are not read yet.
      const ids = await notCheckedOut(tx, org.id, dayStart, now, new Date(now.getTime() - (7 * 60 + s.reminderClockOutDelayMinutes) * 60_000), key);
      for (const d of await evaluateUsers(tx, org.id, org.timeZone, org.settings, date, ids)) {
        const end = d.record.requiredEnd;
        if (d.record.dayType === 'WORKING' && end && local.minutes >= toMinutes(end) + s.reminderClockOutDelayMinutes) {
          notices.push({ userId: d.id, kind: 'REMIND_OUT', params: { time: toHHMM(toMinutes(end)) }, dedupeKey: key });
          counts.clockOut++;
        }
      }
    }
    const state = isStateCode(org.state) ? org.state : 'MY-14';
    if (inWindow(s.digestAt) && dayKind(holidayCalendar(org.id), state, date).type === 'WORKING') {
      const key = `digest:${date}`;
      for (const r of await supervisorsWithPending(tx, org.id, new Date(now.getTime() - s.reviewDeadlineDays * 86_400_000), key)) {
        notices.push({ userId: r.id, kind: 'DIGEST', params: { count: r.count, overdue: r.overdue }, dedupeKey: key });
        counts.digest++;
      }
    }
    await notify(tx, org.id, notices);
    return counts;
  });
}
