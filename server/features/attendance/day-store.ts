import type { DayRecord } from '../../../domain/day';
import type { Db } from '../../db/client';
import { recountCardsFrom } from '../cards/service';
import { notify, type Notice } from '../notifications';
import { evaluateInContext, type PlannedSchedule } from '../working-time';
import { isClosedFor, officersByIds, saveDays, type Officer } from './day-store-repo';

/*
 * The stored day: the rules engine's reading of a date for many officers at once, written
 * with its issues. The day close (server/jobs/day-close.ts) stores every officer's day
 * through it, and a late change to a closed day stores that officer's day again.
 */

/** Officers read and evaluated together (the day close's transaction holds this many). */
export const CLOSE_CHUNK = 2000;

export type EvaluatedDay = { id: string; record: DayRecord; planned: PlannedSchedule };

/** The rules engine's reading of a date for the given officers, through the officer-day context: a fixed number of reads whatever their number. */
export async function evaluateOfficers(db: Db, orgId: string, timeZone: string, settings: unknown, date: string, officers: Officer[]): Promise<EvaluatedDay[]> {
  const out: EvaluatedDay[] = [];
  for (const o of await evaluateInContext(db, { id: orgId, timeZone, settings }, officers, date, date)) {
    const record = o.records[0];
    const planned = o.planned.get(date);
    if (record && planned) out.push({ id: o.id, record, planned });
  }
  return out;
}

/** The engine's reading of a date for the given users who are active officers, read `CLOSE_CHUNK` at a time. */
export async function evaluateUsers(db: Db, orgId: string, timeZone: string, settings: unknown, date: string, userIds: string[]): Promise<EvaluatedDay[]> {
  const out: EvaluatedDay[] = [];
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
  const added = await saveDays(
    db,
    orgId,
    date,
    days.map((d) => ({ userId: d.id, record: d.record, planned: d.planned })),
  );
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
