import type { z } from 'zod';
import type { assignmentBodySchema } from '../../../domain/schedule/admin-schema';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import {
  deleteAssignment,
  findAssignment,
  findPattern,
  insertAssignment,
  listAssignments,
  overlappingAssignment,
  schedulesByIds,
  unitExists,
  userExists,
  type AssignmentRow,
} from './admin-repo';
import type { AssignmentView } from './schema';

export function presentAssignment(a: AssignmentRow): AssignmentView {
  return {
    id: a.id,
    scheduleId: a.scheduleId,
    patternId: a.patternId,
    userId: a.userId,
    unitId: a.unitId,
    level: a.userId ? 'USER' : a.unitId ? 'UNIT' : 'ORGANISATION',
    from: a.from,
    to: a.to,
  };
}

export async function assignmentsList(db: Db, orgId: string, filter: Parameters<typeof listAssignments>[2]) {
  return (await listAssignments(db, orgId, filter)).map(presentAssignment);
}

/** True for PostgreSQL's exclusion_violation (the overlap trigger of migration 0011). */
function overlapViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: string }).code === '23P01') return true;
  }
  return false;
}

/**
 * Assigns a schedule or a pattern from `from` (to `to`, or open) to one officer, one unit and
 * its sub-tree, or the organisation (neither). What it names must be the organisation's and
 * active (400 naming the field); it may not overlap another assignment of the same level and
 * target (409 ASSIGNMENT_OVERLAP, also refused by the database's trigger under concurrency).
 */
export async function createAssignment(db: Db, actor: Actor, body: z.infer<typeof assignmentBodySchema>) {
  const orgId = actor.orgId;
  if (body.scheduleId) {
    const [s] = await schedulesByIds(db, orgId, [body.scheduleId]);
    if (!s) throw fieldError('VALIDATION_FAILED', 'scheduleId', 'schedule.notFound');
    if (!s.active) throw fieldError('VALIDATION_FAILED', 'scheduleId', 'schedule.inactive');
  }
  if (body.patternId) {
    const p = await findPattern(db, orgId, body.patternId);
    if (!p) throw fieldError('VALIDATION_FAILED', 'patternId', 'pattern.notFound');
    if (!p.active) throw fieldError('VALIDATION_FAILED', 'patternId', 'pattern.inactive');
  }
  if (body.userId && !(await userExists(db, orgId, body.userId))) throw fieldError('VALIDATION_FAILED', 'userId', 'user.notFound');
  if (body.unitId && !(await unitExists(db, orgId, body.unitId))) throw fieldError('VALIDATION_FAILED', 'unitId', 'unit.notFound');
  const target = { userId: body.userId ?? null, unitId: body.unitId ?? null };
  const clash = await overlappingAssignment(db, orgId, target, body.from, body.to ?? null);
  if (clash) throw new AppError('ASSIGNMENT_OVERLAP', { assignment: presentAssignment(clash) });
  const row = await db
    .transaction(async (sp) =>
      insertAssignment(sp, {
        orgId,
        scheduleId: body.scheduleId ?? null,
        patternId: body.patternId ?? null,
        ...target,
        from: body.from,
        to: body.to ?? null,
      }),
    )
    .catch((err: unknown) => {
      throw overlapViolation(err) ? new AppError('ASSIGNMENT_OVERLAP') : err;
    });
  const view = presentAssignment(row);
  await recordAudit(db, {
    orgId,
    actorId: actor.id,
    action: 'schedule_assignment.created',
    entityType: 'schedule_assignment',
    entityId: view.id,
    ip: actor.ip,
    after: view,
  });
  return view;
}

/** Removes an assignment; closed days keep the schedule they were judged under. */
export async function removeAssignment(db: Db, actor: Actor, id: string) {
  const row = await findAssignment(db, actor.orgId, id);
  if (!row) throw new AppError('NOT_FOUND');
  await deleteAssignment(db, actor.orgId, id);
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'schedule_assignment.deleted',
    entityType: 'schedule_assignment',
    entityId: id,
    ip: actor.ip,
    before: presentAssignment(row),
  });
}
