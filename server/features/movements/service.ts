import { checkMovementCap, withinWorkingSpan, workingSpan } from '../../../domain/adjustments/movements';
import { localOf, minutesFrom } from '../../../domain/day/local-time';
import { toHHMM } from '../../../domain/schedule/clock';
import { isStateCode } from '../../../domain/org/states';
import { slotFor } from '../../../domain/schedule/slot';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { canWithdraw } from '../../../domain/requests/machine';
import { routeToReviewers } from '../requests/service';
import { presentMovement } from '../attendance';
import { officerToday } from '../day-statuses/service';
import { loadWorkingTime } from '../working-time';
import { findMovement, insertMovement, liveMovementsOn, updateMovement } from './repo';

const minutesOf = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 60_000);

/**
 * Records leaving the office during hours (R18). It lies within the working span of its
 * date under the officer's schedule (422 MOVEMENT_OUTSIDE_HOURS naming the date and the
 * span); it waits for the supervisor; the day's movements, waiting and approved, may not
 * add up to more than min(4 h, half the day's working hours excluding rest).
 */
export async function recordMovement(
  db: Db,
  actor: Actor,
  input: { leaveAt: string; expectedReturn: string; destination: string; destLocation?: { lat: number; lng: number } | null; purpose: string },
) {
  const { today, settings, dutyState, timeZone, unitId } = await officerToday(db, actor);
  const leave = new Date(input.leaveAt);
  const back = new Date(input.expectedReturn);
  const date = localOf(input.leaveAt, timeZone).date;
  if (back <= leave) throw fieldError('VALIDATION_FAILED', 'expectedReturn', 'return.beforeLeave');
  if (localOf(input.expectedReturn, timeZone).date !== date) throw fieldError('VALIDATION_FAILED', 'expectedReturn', 'movement.otherDay');
  if (date < today) throw fieldError('VALIDATION_FAILED', 'leaveAt', 'date.past');
  if (!isStateCode(dutyState)) throw new AppError('NOT_FOUND');
  // R18 with the officer's own schedule of that date.
  const ctx = await loadWorkingTime(db, { id: actor.orgId, timeZone, settings }, [{ id: actor.id, dutyState, unitId }], date, date);
  const slot = slotFor(ctx.planOf(actor.id, date).schedule, dutyState, date, ctx.calendar.restDayRules);
  const span = workingSpan(slot);
  if (!withinWorkingSpan(span, minutesFrom(date, localOf(input.leaveAt, timeZone)), minutesFrom(date, localOf(input.expectedReturn, timeZone)))) {
    throw new AppError('MOVEMENT_OUTSIDE_HOURS', { date, from: toHHMM(span.from), to: toHHMM(span.to) });
  }
  const taken = (await liveMovementsOn(db, actor.orgId, actor.id, date)).map((m) => minutesOf(m.leaveAt, m.actualReturn ?? m.expectedReturn));
  const cap = checkMovementCap([...taken, minutesOf(leave, back)], slot.span, slot.restInSpan);
  if (!cap.ok) {
    const used = cap.total - minutesOf(leave, back);
    throw new AppError('MOVEMENT_CAP_EXCEEDED', {
      date,
      capMinutes: cap.cap,
      usedMinutes: used,
      requestedMinutes: minutesOf(leave, back),
      remainingMinutes: Math.max(0, cap.cap - used),
    });
  }
  const row = await insertMovement(db, {
    orgId: actor.orgId,
    userId: actor.id,
    date,
    leaveAt: leave,
    expectedReturn: back,
    destination: input.destination,
    destLat: input.destLocation?.lat ?? null,
    destLng: input.destLocation?.lng ?? null,
    purpose: input.purpose,
    state: 'MENUNGGU',
  });
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'movement.created',
    entityType: 'movement',
    entityId: row.id,
    ip: actor.ip,
    after: presentMovement(row),
  });
  await routeToReviewers(db, actor.orgId, 'MOVEMENT', [{ id: row.id, date: row.date }]);
  return presentMovement(row);
}

/** The officer is back: the actual return (now, or a time given that is not in the future). */
export async function recordReturn(db: Db, actor: Actor, id: string, at?: string) {
  const row = await findMovement(db, actor.orgId, id);
  if (!row || row.userId !== actor.id) throw new AppError('NOT_FOUND');
  if (row.state === 'DITOLAK' || row.state === 'DIBATALKAN' || row.actualReturn) throw new AppError('NOT_PENDING');
  const when = at ? new Date(at) : new Date();
  if (when.getTime() > Date.now() + 60_000) throw fieldError('VALIDATION_FAILED', 'at', 'at.future');
  if (when <= row.leaveAt) throw fieldError('VALIDATION_FAILED', 'at', 'return.beforeLeave');
  const after = await updateMovement(db, actor.orgId, id, { actualReturn: when });
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'movement.returned',
    entityType: 'movement',
    entityId: id,
    ip: actor.ip,
    before: presentMovement(row),
    after: presentMovement(after),
  });
  return presentMovement(after);
}

export async function cancelMovement(db: Db, actor: Actor, id: string) {
  const row = await findMovement(db, actor.orgId, id);
  if (!row || row.userId !== actor.id) throw new AppError('NOT_FOUND');
  if (!canWithdraw('MOVEMENT', row.state) || row.actualReturn) throw new AppError('NOT_PENDING');
  const after = await updateMovement(db, actor.orgId, id, { state: 'DIBATALKAN' });
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'movement.cancelled',
    entityType: 'movement',
    entityId: id,
    ip: actor.ip,
    before: presentMovement(row),
    after: presentMovement(after),
  });
  return presentMovement(after);
}
