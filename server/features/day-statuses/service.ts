import { addDays, localOf } from '../../../domain/day/local-time';
import { parseOrgSettings } from '../../../domain/org/settings';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { canWithdraw } from '../../../domain/requests/machine';
import { routeToReviewers } from '../requests/service';
import { officerBasics, presentStatus } from '../attendance';
import { findStatus, insertStatus, liveStatusesOn, setStatusState } from './repo';

/** How far ahead a status may be set (leave is planned a year ahead at most); the page lists the same span. */
export const STATUS_HORIZON_DAYS = 365;

/** The officer's local today, in their organisation's time zone. */
export async function officerToday(
  db: Db,
  actor: Actor,
): Promise<{ today: string; settings: unknown; dutyState: string; unitId: string | null; timeZone: string }> {
  const who = await officerBasics(db, actor.orgId, actor.id);
  if (!who) throw new AppError('NOT_FOUND');
  return {
    today: localOf(new Date().toISOString(), who.timeZone).date,
    settings: who.settings,
    dutyState: who.dutyState,
    unitId: who.unitId,
    timeZone: who.timeZone,
  };
}

const overlaps = (a: string, b: string) => a === 'FULL' || b === 'FULL' || a === b;

/**
 * Sets a status for today or a later day (R17). Statuses the organisation lists as needing
 * approval wait for the supervisor (MENUNGGU); the others are in force at once.
 */
export async function setDayStatus(
  db: Db,
  actor: Actor,
  input: { date: string; code: string; part: 'FULL' | 'AM' | 'PM'; note?: string; dutyStart?: string; outOfStation?: boolean },
) {
  // The duty's start and out of station belong to an outside duty only (R30, R19).
  if (input.code !== 'TUGASAN_LUAR') {
    if (input.dutyStart !== undefined) throw fieldError('VALIDATION_FAILED', 'dutyStart', 'status.outsideDutyOnly');
    if (input.outOfStation !== undefined) throw fieldError('VALIDATION_FAILED', 'outOfStation', 'status.outsideDutyOnly');
  }
  const { today, settings } = await officerToday(db, actor);
  if (input.date < today) throw fieldError('VALIDATION_FAILED', 'date', 'date.past');
  if (input.date > addDays(today, STATUS_HORIZON_DAYS)) throw fieldError('VALIDATION_FAILED', 'date', 'date.tooFar');
  const clash = (await liveStatusesOn(db, actor.orgId, actor.id, input.date)).some((s) => overlaps(s.part, input.part));
  if (clash) throw new AppError('STATUS_CLASH');
  const needsApproval = (parseOrgSettings(settings).statusesNeedingApproval as string[]).includes(input.code);
  const row = await insertStatus(db, {
    orgId: actor.orgId,
    userId: actor.id,
    date: input.date,
    code: input.code,
    part: input.part,
    note: input.note || null,
    dutyStart: input.dutyStart ?? null,
    outOfStation: input.outOfStation ?? false,
    state: needsApproval ? 'MENUNGGU' : 'DILULUSKAN',
  });
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'day_status.created',
    entityType: 'day_status',
    entityId: row.id,
    ip: actor.ip,
    after: presentStatus(row),
  });
  if (row.state === 'MENUNGGU') await routeToReviewers(db, actor.orgId, 'STATUS', [{ id: row.id, date: row.date }]);
  return presentStatus(row);
}

/** The officer withdraws a status of today or later that is waiting or in force. */
export async function cancelDayStatus(db: Db, actor: Actor, id: string) {
  const row = await findStatus(db, actor.orgId, id);
  if (!row || row.userId !== actor.id) throw new AppError('NOT_FOUND');
  const { today } = await officerToday(db, actor);
  if (!canWithdraw('STATUS', row.state) || row.date < today) throw new AppError('NOT_PENDING');
  const after = await setStatusState(db, actor.orgId, id, { state: 'DIBATALKAN' });
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'day_status.cancelled',
    entityType: 'day_status',
    entityId: id,
    ip: actor.ip,
    before: presentStatus(row),
    after: presentStatus(after),
  });
  return presentStatus(after);
}
