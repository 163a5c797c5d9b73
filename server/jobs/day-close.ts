import type { DayRecord } from '../../domain/day';
import { addDays, localOf } from '../../domain/day/local-time';
import { parseOrgSettings } from '../../domain/org/settings';
import { isStateCode } from '../../domain/org/states';
import type { Schedule } from '../../domain/schedule/types';
import type { Database, Db } from '../db/client';
import { recountCardsFrom } from '../features/cards/service';
import { notify, type Notice } from '../features/notifications/notify';
import { evaluateOfficers as evaluateInContext, holidayCalendar, organisationSchedules, scheduleOfRow, latestWindowEnd, midnightOf, type PlannedSchedule } from '../features/working-time/context';
import {
  closeProgress, isClosed, isClosedFor, officersAfter, officersByIds, organisationsToClose, recordClose, saveDays, saveProgress, tryDayLock,
  type Officer,
} from './day-close-repo';

/** How far back a server that was down catches up on closing days. */
export const CATCH_UP_DAYS = 35;
/** Officers closed per transaction: each chunk is committed with the id it reached, so a close that stopped resumes there. */
export const CLOSE_CHUNK = 2000;

/** An organisation as the close reads it; `schedules`: its FIXED and SHIFT schedules, whose windows may end after midnight. */
export type CloseOrg = { id: string; timeZone: string; state: string; settings: unknown; schedules?: readonly Schedule[] };

/**
 * When a work date closes (R14, R20): the latest end of the windows its punches may fall
 * in under any of the organisation's schedules (a night shift's end plus its margin), and
 * under its WBF from settings, in its time zone.
 */
export function closesAt(date: string, org: CloseOrg): Date {
  const state = isStateCode(org.state) ? org.state : 'MY-14';
  const wbf: Schedule = { type: 'WBF', graceMinutes: parseOrgSettings(org.settings).graceMinutes };
  const end = latestWindowEnd([wbf, ...(org.schedules ?? [])], state, date, holidayCalendar(org.id));
  return new Date(midnightOf(date, org.timeZone).getTime() + end * 60_000);
}

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
async function closeOfficers(db: Db, orgId: string, timeZone: string, settings: unknown, date: string, officers: Officer[]): Promise<number> {
  const days = await evaluateOfficers(db, orgId, timeZone, settings, date, officers);
  const added = await saveDays(db, orgId, date, days.map((d) => ({ userId: d.id, record: d.record, planned: d.planned })));
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

export type CloseResult = { orgId: string; date: string; officers: number } | { orgId: string; date: string; skipped: 'LOCKED' | 'OPEN' | 'CLOSED' };

export type CloseOptions = {
  /** Close a date already closed once more (an operator's `close-day --date`). */
  again?: boolean;
  /** Officers per transaction (CLOSE_CHUNK). */
  chunkSize?: number;
  /** Called inside each chunk's transaction once its writes are done; what it throws rolls the chunk back (tests interrupt a close with it). */
  onChunk?: (chunk: { index: number; officerIds: string[] }) => void | Promise<void>;
};

/**
 * Closes one organisation's work date: every active officer's day is evaluated and stored
 * with its issues. Officers go in id order, `chunkSize` per transaction under row-level
 * security and the organisation-and-date advisory lock (transaction-scoped, so taken again
 * by each chunk); each chunk commits the id it reached in `day_close_progress`, and a close
 * that stopped (a crash, a failed chunk) resumes after it. The last chunk records the close
 * and ends the progress row. A closed day is skipped unless `again` (an operator's re-close,
 * which rewrites the same rows: idempotent).
 * A process that finds another closing the same day (or going on with it) skips it.
 */
export async function closeDay(database: Database, org: CloseOrg, date: string, now = new Date(), opts: CloseOptions = {}): Promise<CloseResult> {
  // The close time depends on the organisation's schedules: read them when the caller did not (an operator's close-day, a test).
  const schedules = org.schedules ?? (await database.forTenant(org.id, (tx) => organisationSchedules(tx, org.id)));
  if (closesAt(date, { ...org, schedules }) > now) return { orgId: org.id, date, skipped: 'OPEN' };
  const size = Math.max(1, Math.floor(opts.chunkSize ?? CLOSE_CHUNK));
  let reached: { lastUserId: string; officers: number } | null = null;
  for (let index = 0; ; index++) {
    const step = await database.forTenant(org.id, async (tx) => {
      if (!(await tryDayLock(tx, org.id, date))) return null;
      const saved = await closeProgress(tx, org.id, date);
      // Another process may have closed it between our reading what was due and taking the lock.
      if (!reached && !saved && !opts.again && (await isClosed(tx, org.id, date))) return 'CLOSED' as const;
      // After our own first chunk the progress row must still be where we left it; if not, another process went on with the close.
      if (reached && (saved?.lastUserId !== reached.lastUserId || saved.officers !== reached.officers)) return null;
      const from = saved ?? { lastUserId: null, officers: 0 };
      const officers = await officersAfter(tx, org.id, from.lastUserId, size);
      const written = from.officers + (await closeOfficers(tx, org.id, org.timeZone, org.settings, date, officers));
      const last = officers.at(-1)?.id ?? from.lastUserId;
      if (officers.length < size || last === null) await recordClose(tx, org.id, date, written);
      else await saveProgress(tx, org.id, date, last, written);
      await opts.onChunk?.({ index, officerIds: officers.map((o) => o.id) });
      return { lastUserId: officers.length < size ? null : last, officers: written };
    });
    if (!step) return { orgId: org.id, date, skipped: 'LOCKED' };
    if (step === 'CLOSED') return { orgId: org.id, date, skipped: 'CLOSED' };
    if (step.lastUserId === null) return { orgId: org.id, date, officers: step.officers };
    reached = { lastUserId: step.lastUserId, officers: step.officers };
  }
}

/**
 * A late change to one officer's day (a corrected punch, an approved status or
 * justification): if the day is already closed for them, it is evaluated and stored again,
 * through the same code as the close.
 */
export async function reevaluateIfClosed(db: Db, orgId: string, userId: string, date: string, org: { timeZone: string; settings: unknown }): Promise<boolean> {
  if (!(await isClosedFor(db, orgId, date, userId))) return false;
  await closeOfficers(db, orgId, org.timeZone, org.settings, date, await officersByIds(db, orgId, [userId]));
  await recountCardsFrom(db, orgId, userId, date);
  return true;
}

/**
 * Every (organisation, date) whose close time has passed and that is not closed yet:
 * from the day after the last close (or the organisation's first day, at most
 * CATCH_UP_DAYS back) to the last date already over. Catch-up after downtime is this,
 * and so is resuming a close that stopped half-way (it is not in `day_closes` yet).
 */
export async function dueCloses(db: Db, now = new Date()) {
  const due: { org: CloseOrg; date: string }[] = [];
  for (const o of await organisationsToClose(db)) {
    const org: CloseOrg = { id: o.id, timeZone: o.time_zone, state: o.state, settings: o.settings, schedules: o.schedules.map(scheduleOfRow) };
    const today = localOf(now.toISOString(), org.timeZone).date;
    const floor = addDays(today, -CATCH_UP_DAYS);
    let date = o.last_closed ? addDays(o.last_closed, 1) : o.onboarded_on > floor ? o.onboarded_on : floor;
    if (date < floor) date = floor;
    for (; date <= today && closesAt(date, org) <= now; date = addDays(date, 1)) due.push({ org, date });
  }
  return due;
}
