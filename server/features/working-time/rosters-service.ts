import { Temporal } from 'temporal-polyfill';
import { addDays, datesBetween } from '../../../domain/day/local-time';
import { conflictBetween, type PlannedTimes, type RosterConflict } from '../../../domain/schedule/conflicts';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { deleteRosterCell, findRosterCell, officerOfOrg, officersOfUnitTree, schedulesByIds, unitExists, upsertRosterCell } from './admin-repo';
import { loadWorkingTime, plannedOf, type DayPlan } from './context';

type Cell = { userId: string; date: string; scheduleId: string | null };
const present = (c: Cell) => ({ userId: c.userId, date: c.date, scheduleId: c.scheduleId });

/**
 * Sets an officer's roster cell: that date is a working day under the schedule whatever the
 * state's weekend, or a rest day (null). The officer must be an active officer of the
 * organisation (404 otherwise), the schedule one of its active schedules (400 naming it).
 */
export async function setRosterCell(db: Db, actor: Actor, userId: string, date: string, scheduleId: string | null) {
  if (!(await officerOfOrg(db, actor.orgId, userId))) throw new AppError('NOT_FOUND');
  if (scheduleId) {
    const [s] = await schedulesByIds(db, actor.orgId, [scheduleId]);
    if (!s) throw fieldError('VALIDATION_FAILED', 'scheduleId', 'schedule.notFound');
    if (!s.active) throw fieldError('VALIDATION_FAILED', 'scheduleId', 'schedule.inactive');
  }
  const before = await findRosterCell(db, actor.orgId, userId, date);
  const after = present(await upsertRosterCell(db, actor.orgId, userId, date, scheduleId));
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'roster.set',
    entityType: 'roster_entry',
    entityId: `${userId}/${date}`,
    ip: actor.ip,
    ...(before ? { before: present(before) } : {}),
    after,
  });
  return after;
}

/** Removes an officer's roster cell: the date goes back to their assignments (404 when there is none). */
export async function clearRosterCell(db: Db, actor: Actor, userId: string, date: string) {
  const before = await findRosterCell(db, actor.orgId, userId, date);
  if (!before) throw new AppError('NOT_FOUND');
  await deleteRosterCell(db, actor.orgId, userId, date);
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'roster.cleared',
    entityType: 'roster_entry',
    entityId: `${userId}/${date}`,
    ip: actor.ip,
    before: present(before),
  });
}

const timesOf = (plan: DayPlan): PlannedTimes =>
  plan.dayType === 'REST' || plan.schedule.type === 'WBF' ? null : { start: plan.schedule.start, end: plan.schedule.end };

/**
 * The roster grid of a unit (and its sub-tree) for a month: each officer's dates with the
 * schedule the officer-day context resolves, where it comes from, and the conflicts with
 * the date before (windows that overlap, rest shorter than the organisation's minimum).
 */
export async function rosterGrid(db: Db, org: { id: string; timeZone: string; settings: unknown }, unitId: string, month: string) {
  if (!(await unitExists(db, org.id, unitId))) throw new AppError('NOT_FOUND');
  const m = Temporal.PlainYearMonth.from(month);
  const from = m.toPlainDate({ day: 1 }).toString();
  const to = m.toPlainDate({ day: m.daysInMonth }).toString();
  const officers = await officersOfUnitTree(db, org.id, unitId);
  const refs = officers.map((o) => ({ id: o.id, dutyState: o.duty_state, unitId: o.unit_id }));
  const ctx = await loadWorkingTime(db, org, refs, addDays(from, -1), to);
  const dates = datesBetween(from, to);
  return {
    unitId,
    month,
    dates,
    minimumRestMinutes: ctx.settings.minimumRestMinutes,
    officers: officers.map((o) => ({
      id: o.id,
      fullName: o.full_name,
      staffNo: o.staff_no,
      cells: dates.map((date) => {
        const plan = ctx.planOf(o.id, date);
        const conflict: RosterConflict | null = conflictBetween(timesOf(ctx.planOf(o.id, addDays(date, -1))), timesOf(plan), ctx.settings.minimumRestMinutes);
        return {
          date,
          scheduleId: plan.scheduleId,
          ...plannedOf(plan),
          off: plan.dayType === 'REST',
          source: plan.source,
          conflicts: conflict ? [conflict] : [],
        };
      }),
    })),
  };
}
