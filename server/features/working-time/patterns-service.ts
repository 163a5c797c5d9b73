import type { z } from 'zod';
import type { workPatternBodySchema, workPatternPatchSchema } from '../../../domain/schedule/admin-schema';
import type { Db } from '../../db/client';
import { foreignKeyViolation } from '../../db/pg-errors';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { deletePattern, findPattern, insertPattern, listPatterns, patternDays, schedulesByIds, updatePattern } from './admin-repo';
import type { PatternView } from './schema';

type PatternRow = NonNullable<Awaited<ReturnType<typeof findPattern>>>;

function present(p: PatternRow, days: { patternId: string; dayIndex: number; scheduleId: string | null }[]): PatternView {
  const cycle: (string | null)[] = Array.from({ length: p.cycleDays }, () => null);
  for (const d of days) if (d.patternId === p.id && d.dayIndex < p.cycleDays) cycle[d.dayIndex] = d.scheduleId;
  return { id: p.id, name: p.name, anchor: p.anchor, days: cycle, active: p.active };
}

async function presentOne(db: Db, orgId: string, p: PatternRow) {
  return present(p, await patternDays(db, orgId, [p.id]));
}

export async function patternsList(db: Db, orgId: string) {
  const rows = await listPatterns(db, orgId);
  const days = await patternDays(db, orgId);
  return rows.map((p) => present(p, days));
}

/** Each day's schedule must be one of the organisation's, and active (400 naming `days.N`). */
async function checkDays(db: Db, orgId: string, days: (string | null)[]) {
  const ids = [...new Set(days.filter((d): d is string => d !== null))];
  const found = new Map((await schedulesByIds(db, orgId, ids)).map((s) => [s.id, s.active]));
  days.forEach((d, i) => {
    if (d === null) return;
    if (!found.has(d)) throw fieldError('VALIDATION_FAILED', `days.${i}`, 'schedule.notFound');
    if (!found.get(d)) throw fieldError('VALIDATION_FAILED', `days.${i}`, 'schedule.inactive');
  });
}

export async function createPattern(db: Db, actor: Actor, body: z.infer<typeof workPatternBodySchema>) {
  await checkDays(db, actor.orgId, body.days);
  const view = await presentOne(db, actor.orgId, await insertPattern(db, actor.orgId, body));
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'work_pattern.created',
    entityType: 'work_pattern',
    entityId: view.id,
    ip: actor.ip,
    after: view,
  });
  return view;
}

/** Changes a pattern; officers under it are judged by the new cycle from their next open day (closed days keep what they were judged under). */
export async function editPattern(db: Db, actor: Actor, id: string, patch: z.infer<typeof workPatternPatchSchema>) {
  const row = await findPattern(db, actor.orgId, id);
  if (!row) throw new AppError('NOT_FOUND');
  if (patch.days) await checkDays(db, actor.orgId, patch.days);
  const before = await presentOne(db, actor.orgId, row);
  const after = await updatePattern(db, actor.orgId, id, patch);
  if (!after) throw new AppError('NOT_FOUND');
  const view = await presentOne(db, actor.orgId, after);
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'work_pattern.updated',
    entityType: 'work_pattern',
    entityId: id,
    ip: actor.ip,
    before,
    after: view,
  });
  return view;
}

/** Deletes a pattern no assignment names (409 PATTERN_IN_USE: deactivate it instead). */
export async function removePattern(db: Db, actor: Actor, id: string) {
  const row = await findPattern(db, actor.orgId, id);
  if (!row) throw new AppError('NOT_FOUND');
  const before = await presentOne(db, actor.orgId, row);
  await db
    .transaction(async (sp) => deletePattern(sp, actor.orgId, id))
    .catch((err: unknown) => {
      throw foreignKeyViolation(err) ? new AppError('PATTERN_IN_USE') : err;
    });
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'work_pattern.deleted',
    entityType: 'work_pattern',
    entityId: id,
    ip: actor.ip,
    before,
  });
}
