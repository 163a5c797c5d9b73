import type { z } from 'zod';
import { workScheduleBodySchema, type workSchedulePatchSchema, type WorkScheduleBody } from '../../../domain/schedule/admin-schema';
import type { Db } from '../../db/client';
import { foreignKeyViolation } from '../../db/pg-errors';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { deleteSchedule, findSchedule, insertSchedule, listSchedules, updateSchedule, type ScheduleInsert } from './admin-repo';
import type { ScheduleRow } from './repo';
import type { ScheduleView } from './schema';

export function presentSchedule(r: ScheduleRow): ScheduleView {
  return {
    id: r.id,
    name: r.name,
    type: r.type as ScheduleView['type'],
    start: r.startTime,
    end: r.endTime,
    rests: (r.rests as ScheduleView['rests'] | null) ?? [],
    graceMinutes: r.graceMinutes,
    marginBeforeMinutes: r.marginBeforeMinutes,
    marginAfterMinutes: r.marginAfterMinutes,
    active: r.active,
  };
}

/** The columns of a schedule body: what its type does not have is null (or no rests). */
function columnsOf(b: WorkScheduleBody): ScheduleInsert {
  if (b.type === 'WBF')
    return {
      name: b.name,
      type: 'WBF',
      startTime: null,
      endTime: null,
      rests: [],
      graceMinutes: b.graceMinutes,
      marginBeforeMinutes: null,
      marginAfterMinutes: null,
    };
  if (b.type === 'FIXED')
    return {
      name: b.name,
      type: 'FIXED',
      startTime: b.start,
      endTime: b.end,
      rests: b.rests,
      graceMinutes: b.graceMinutes,
      marginBeforeMinutes: null,
      marginAfterMinutes: null,
    };
  return {
    name: b.name,
    type: 'SHIFT',
    startTime: b.start,
    endTime: b.end,
    rests: b.rests,
    graceMinutes: b.graceMinutes,
    marginBeforeMinutes: b.marginBeforeMinutes ?? null,
    marginAfterMinutes: b.marginAfterMinutes ?? null,
  };
}

export async function schedulesList(db: Db, orgId: string) {
  return (await listSchedules(db, orgId)).map(presentSchedule);
}

export async function createSchedule(db: Db, actor: Actor, body: WorkScheduleBody) {
  const row = presentSchedule(await insertSchedule(db, actor.orgId, columnsOf(body)));
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'work_schedule.created',
    entityType: 'work_schedule',
    entityId: row.id,
    ip: actor.ip,
    after: row,
  });
  return row;
}

/**
 * Changes a schedule: the stored one with the change must still be a valid schedule of its
 * type (a field its type does not have is refused by name). Closed days keep the schedule
 * they were judged under; open days use the new one.
 */
export async function editSchedule(db: Db, actor: Actor, id: string, patch: z.infer<typeof workSchedulePatchSchema>) {
  const before = await findSchedule(db, actor.orgId, id);
  if (!before) throw new AppError('NOT_FOUND');
  const type = before.type as WorkScheduleBody['type'];
  const allowed: Record<WorkScheduleBody['type'], string[]> = {
    WBF: ['name', 'graceMinutes', 'active'],
    FIXED: ['name', 'start', 'end', 'rests', 'graceMinutes', 'active'],
    SHIFT: ['name', 'start', 'end', 'rests', 'graceMinutes', 'marginBeforeMinutes', 'marginAfterMinutes', 'active'],
  };
  const stray = Object.keys(patch).find((k) => !allowed[type].includes(k));
  if (stray) throw fieldError('VALIDATION_FAILED', stray, 'schedule.fieldNotForType');
  const current = presentSchedule(before);
  const merged = {
    name: patch.name ?? current.name,
    type,
    ...(type === 'WBF' ? {} : { start: patch.start ?? current.start, end: patch.end ?? current.end, rests: patch.rests ?? current.rests }),
    graceMinutes: patch.graceMinutes ?? current.graceMinutes,
    ...(type === 'SHIFT'
      ? {
          ...nullToUndefined(patch.marginBeforeMinutes === undefined ? current.marginBeforeMinutes : patch.marginBeforeMinutes, 'marginBeforeMinutes'),
          ...nullToUndefined(patch.marginAfterMinutes === undefined ? current.marginAfterMinutes : patch.marginAfterMinutes, 'marginAfterMinutes'),
        }
      : {}),
  };
  const parsed = workScheduleBodySchema.safeParse(merged);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', { fields: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  }
  const after = await updateSchedule(db, actor.orgId, id, { ...columnsOf(parsed.data), ...(patch.active === undefined ? {} : { active: patch.active }) });
  if (!after) throw new AppError('NOT_FOUND');
  const view = presentSchedule(after);
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'work_schedule.updated',
    entityType: 'work_schedule',
    entityId: id,
    ip: actor.ip,
    before: current,
    after: view,
  });
  return view;
}

const nullToUndefined = (v: number | null, key: string) => (v === null ? {} : { [key]: v });

/** Deletes a schedule no pattern, assignment or roster cell names (409 SCHEDULE_IN_USE: deactivate it instead). */
export async function removeSchedule(db: Db, actor: Actor, id: string) {
  const before = await findSchedule(db, actor.orgId, id);
  if (!before) throw new AppError('NOT_FOUND');
  // A savepoint, so a refused delete leaves the request's transaction usable.
  await db
    .transaction(async (sp) => deleteSchedule(sp, actor.orgId, id))
    .catch((err: unknown) => {
      throw foreignKeyViolation(err) ? new AppError('SCHEDULE_IN_USE') : err;
    });
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'work_schedule.deleted',
    entityType: 'work_schedule',
    entityId: id,
    ip: actor.ip,
    before: presentSchedule(before),
  });
}
