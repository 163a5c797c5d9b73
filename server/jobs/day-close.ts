import { addDays, localOf, startOfDay } from '../../domain/day/local-time';
import { parseOrgSettings } from '../../domain/org/settings';
import { isStateCode } from '../../domain/org/states';
import type { Schedule } from '../../domain/schedule/types';
import type { Database, Db } from '../db/client';
import { CLOSE_CHUNK, officersAfter, storeDays } from '../features/attendance';
import { holidayCalendar, latestWindowEnd, organisationSchedules, scheduleOfRow } from '../features/working-time';
import { closeProgress, isClosed, organisationsToClose, recordClose, saveProgress, tryDayLock } from './day-close-repo';

/** How far back a server that was down catches up on closing days. */
export const CATCH_UP_DAYS = 35;
/** Officers closed per transaction: each chunk is committed with the id it reached, so a close that stopped resumes there. */
export { CLOSE_CHUNK };

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
  return new Date(startOfDay(date, org.timeZone).getTime() + end * 60_000);
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
      const written = from.officers + (await storeDays(tx, org.id, org.timeZone, org.settings, date, officers));
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
