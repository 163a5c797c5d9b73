import { Temporal } from 'temporal-polyfill';
import { evaluateRange, type DayRecord } from '../../domain/day';
import { addDays, localOf } from '../../domain/day/local-time';
import { isStateCode, type StateCode } from '../../domain/org/states';
import { slotFor } from '../../domain/schedule/slot';
import type { Database, Db } from '../db/client';
import { calendar, movementInput, punchInput, statusInput } from '../features/attendance/engine-input';
import { defaultSchedule } from '../features/attendance/evaluation';
import { notify, type Notice } from '../features/notifications/notify';
import {
  activeOfficers, approvedMovementsOn, approvedStatusesOn, isClosed, organisationsToClose, punchesBetween, recordClose, saveDay, tryDayLock,
} from './day-close-repo';

/** How far back a server that was down catches up on closing days. */
export const CATCH_UP_DAYS = 35;

const midnight = (date: string, timeZone: string) => new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds);

/**
 * When a work date closes (R14, R20): the end of the window its punches may fall in
 * under the organisation's schedule (the slot's end plus the margin), in its time zone.
 */
export function closesAt(date: string, org: { timeZone: string; state: string; settings: unknown }): Date {
  const state = (isStateCode(org.state) ? org.state : 'MY-14') as StateCode;
  const slot = slotFor(defaultSchedule(org.settings), state, date, calendar.restDayRules);
  return new Date(midnight(date, org.timeZone).getTime() + slot.windowTo * 60_000);
}

/**
 * The rules engine's reading of a date for the given officers (all active officers when
 * none given) from their stored punches, approved statuses and movements.
 */
export async function evaluateOfficers(db: Db, orgId: string, timeZone: string, settings: unknown, date: string, userIds?: string[]): Promise<{ id: string; record: DayRecord }[]> {
  const officers = await activeOfficers(db, orgId, userIds);
  if (officers.length === 0) return [];
  const ids = officers.map((o) => o.id);
  const all = await punchesBetween(db, orgId, midnight(addDays(date, -1), timeZone), midnight(addDays(date, 2), timeZone), userIds ? ids : undefined);
  const statuses = await approvedStatusesOn(db, orgId, date);
  const moves = await approvedMovementsOn(db, orgId, date);
  const schedule = defaultSchedule(settings);
  const out: { id: string; record: DayRecord }[] = [];
  for (const o of officers) {
    if (!isStateCode(o.dutyState)) continue;
    const [record] = evaluateRange({
      calendar, state: o.dutyState, schedule, timeZone, from: date, to: date,
      punches: all.filter((p) => p.userId === o.id).map(punchInput),
      statuses: statuses.filter((s) => s.userId === o.id).map((s) => statusInput({ ...s, date })),
      movements: moves.filter((m) => m.userId === o.id).map(movementInput),
    });
    if (record) out.push({ id: o.id, record });
  }
  return out;
}

/** Evaluates and stores the date for the given officers; each officer with a new issue is told to answer it. */
async function evaluateAndSave(db: Db, orgId: string, timeZone: string, settings: unknown, date: string, userIds?: string[]): Promise<number> {
  const days = await evaluateOfficers(db, orgId, timeZone, settings, date, userIds);
  const notices: Notice[] = [];
  for (const { id, record } of days) {
    const added = await saveDay(db, orgId, id, record);
    // Each issue with its minutes ("LEWAT:622"), so the notice says "Lewat 10 jam 22 minit".
    const told = added.map((code) => record.issues.find((i) => i.code === code && i.minutes)?.minutes).map((m, k) => (m ? `${added[k]}:${m}` : added[k]!));
    if (added.length > 0) notices.push({ userId: id, kind: 'ISSUE_NEW', params: { issues: told, date }, dedupeKey: `issues:${date}:${added.join(',')}` });
  }
  await notify(db, orgId, notices);
  return days.length;
}

export type CloseResult = { orgId: string; date: string; officers: number } | { orgId: string; date: string; skipped: 'LOCKED' | 'OPEN' | 'CLOSED' };

/**
 * Closes one organisation's work date: every active officer's day is evaluated and stored
 * with its issues. A closed day is skipped unless `again` (an operator's re-close, which
 * rewrites the same rows: idempotent); one transaction
 * under row-level security; a process that finds another closing the same day skips it.
 */
export async function closeDay(
  database: Database, org: { id: string; timeZone: string; state: string; settings: unknown }, date: string, now = new Date(),
  opts: { again?: boolean } = {},
): Promise<CloseResult> {
  if (closesAt(date, org) > now) return { orgId: org.id, date, skipped: 'OPEN' };
  return database.forTenant(org.id, async (tx) => {
    if (!(await tryDayLock(tx, org.id, date))) return { orgId: org.id, date, skipped: 'LOCKED' as const };
    // Another process may have closed it between our reading what was due and taking the lock.
    if (!opts.again && (await isClosed(tx, org.id, date))) return { orgId: org.id, date, skipped: 'CLOSED' as const };
    const officers = await evaluateAndSave(tx, org.id, org.timeZone, org.settings, date);
    await recordClose(tx, org.id, date, officers);
    return { orgId: org.id, date, officers };
  });
}

/**
 * A late change to one officer's day (a corrected punch, an approved status or
 * justification): if the day is already closed, it is evaluated and stored again.
 */
export async function reevaluateIfClosed(db: Db, orgId: string, userId: string, date: string, org: { timeZone: string; settings: unknown }): Promise<boolean> {
  if (!(await isClosed(db, orgId, date))) return false;
  await evaluateAndSave(db, orgId, org.timeZone, org.settings, date, [userId]);
  return true;
}

/**
 * Every (organisation, date) whose close time has passed and that is not closed yet:
 * from the day after the last close (or the organisation's first day, at most
 * CATCH_UP_DAYS back) to the last date already over. Catch-up after downtime is this.
 */
export async function dueCloses(db: Db, now = new Date()) {
  const due: { org: { id: string; timeZone: string; state: string; settings: unknown }; date: string }[] = [];
  for (const o of await organisationsToClose(db)) {
    const org = { id: o.id, timeZone: o.time_zone, state: o.state, settings: o.settings };
    const today = localOf(now.toISOString(), org.timeZone).date;
    const floor = addDays(today, -CATCH_UP_DAYS);
    let date = o.last_closed ? addDays(o.last_closed, 1) : o.onboarded_on > floor ? o.onboarded_on : floor;
    if (date < floor) date = floor;
    for (; date <= today && closesAt(date, org) <= now; date = addDays(date, 1)) due.push({ org, date });
  }
  return due;
}
