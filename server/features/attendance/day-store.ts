import { evaluateRange, type DayRecord } from '../../../domain/day';
import { addDays, startOfDay } from '../../../domain/day/local-time';
import { isStateCode } from '../../../domain/org/states';
import type { Db } from '../../db/client';
import { recountCardsFrom } from '../cards/service';
import { notify, type Notice } from '../notifications';
import { engineRows, isClosedFor, officersByIds, saveDays, type Officer } from './day-store-repo';
import { calendar, movementInput, punchInput, statusInput } from './engine-input';
import { defaultSchedule } from './evaluation';

/*
 * The stored day: the rules engine's reading of a date for many officers at once, written
 * with its issues. The day close (server/jobs/day-close.ts) stores every officer's day
 * through it, and a late change to a closed day stores that officer's day again.
 */

/** Officers read and evaluated together (the day close's transaction holds this many). */
export const CLOSE_CHUNK = 2000;

function groupByUser<T extends { userId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.userId);
    if (list) list.push(r);
    else out.set(r.userId, [r]);
  }
  return out;
}

/**
 * The rules engine's reading of a date for the given officers from their stored punches,
 * approved statuses and movements: three reads whatever their number.
 */
export async function evaluateOfficers(db: Db, orgId: string, timeZone: string, settings: unknown, date: string, officers: Officer[]): Promise<{ id: string; record: DayRecord }[]> {
  if (officers.length === 0) return [];
  const rows = await engineRows(db, orgId, officers.map((o) => o.id), date, startOfDay(addDays(date, -1), timeZone), startOfDay(addDays(date, 2), timeZone));
  const punches = groupByUser(rows.punches);
  const statuses = groupByUser(rows.statuses);
  const moves = groupByUser(rows.movements);
  const schedule = defaultSchedule(settings);
  const out: { id: string; record: DayRecord }[] = [];
  for (const o of officers) {
    if (!isStateCode(o.dutyState)) continue;
    const [record] = evaluateRange({
      calendar, state: o.dutyState, schedule, timeZone, from: date, to: date,
      punches: (punches.get(o.id) ?? []).map(punchInput),
      statuses: (statuses.get(o.id) ?? []).map((s) => statusInput({ ...s, date })),
      movements: (moves.get(o.id) ?? []).map(movementInput),
    });
    if (record) out.push({ id: o.id, record });
  }
  return out;
}

/** The engine's reading of a date for the given users who are active officers, read `CLOSE_CHUNK` at a time. */
export async function evaluateUsers(db: Db, orgId: string, timeZone: string, settings: unknown, date: string, userIds: string[]): Promise<{ id: string; record: DayRecord }[]> {
  const out: { id: string; record: DayRecord }[] = [];
  for (let i = 0; i < userIds.length; i += CLOSE_CHUNK) {
    const officers = await officersByIds(db, orgId, userIds.slice(i, i + CLOSE_CHUNK));
    out.push(...(await evaluateOfficers(db, orgId, timeZone, settings, date, officers)));
  }
  return out;
}

/**
 * Evaluates and stores the date for the given officers, in a fixed number of statements;
 * each officer with a new issue is told to answer it. Returns how many days were stored.
 */
export async function storeDays(db: Db, orgId: string, timeZone: string, settings: unknown, date: string, officers: Officer[]): Promise<number> {
  const days = await evaluateOfficers(db, orgId, timeZone, settings, date, officers);
  const added = await saveDays(db, orgId, date, days.map((d) => ({ userId: d.id, record: d.record })));
  const records = new Map(days.map((d) => [d.id, d.record]));
  const notices: Notice[] = [...added].map(([userId, issues]) => {
    // Each issue with its minutes ("LEWAT:622"), so the notice says "Lewat 10 jam 22 minit".
    const told = issues.map((code) => {
      const minutes = records.get(userId)?.issues.find((i) => i.code === code)?.minutes;
      return minutes ? `${code}:${minutes}` : code;
    });
    return { userId, kind: 'ISSUE_NEW', params: { issues: told, date }, dedupeKey: `issues:${date}:${issues.join(',')}` };
  });
  await notify(db, orgId, notices);
  return days.length;
}

/**
 * A late change to one officer's day (a corrected punch, an approved status or
 * justification): if the day is already closed for them, it is evaluated and stored again,
 * through the same code as the close, and their cards are recounted from that month on.
 */
export async function reevaluateIfClosed(db: Db, orgId: string, userId: string, date: string, org: { timeZone: string; settings: unknown }): Promise<boolean> {
  if (!(await isClosedFor(db, orgId, date, userId))) return false;
  await storeDays(db, orgId, org.timeZone, org.settings, date, await officersByIds(db, orgId, [userId]));
  await recountCardsFrom(db, orgId, userId, date);
  return true;
}
