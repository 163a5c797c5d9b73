import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import { recordAudit } from '../audit';
import type { Actor } from '../../http/request-context';
import { deleteUnit, findUnit, insertUnit, unitAncestry, unitDependents, updateUnit, type UnitRow } from './repo';

async function mustFind(db: Db, orgId: string, id: string): Promise<UnitRow> {
  const u = await findUnit(db, orgId, id);
  if (!u) throw new AppError('NOT_FOUND');
  return u;
}

const view = (u: UnitRow) => ({ name: u.name, code: u.code, parentId: u.parentId });

export async function createUnit(db: Db, actor: Actor, input: { name: string; code: string | null; parentId?: string | null }) {
  if (input.parentId && !(await findUnit(db, actor.orgId, input.parentId))) throw fieldError('VALIDATION_FAILED', 'parentId', 'unit.notFound');
  return db.transaction(async (tx) => {
    const row = await insertUnit(tx, { orgId: actor.orgId, name: input.name, code: input.code, parentId: input.parentId ?? null });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: 'unit.created',
      entityType: 'unit',
      entityId: row.id,
      ip: actor.ip,
      after: view(row),
    });
    return { id: row.id, name: row.name, code: row.code, parentId: row.parentId, userCount: 0 };
  });
}

/** Renames or moves a unit; it may not move under itself or its own sub-units. */
export async function editUnit(db: Db, actor: Actor, id: string, input: { name?: string; code?: string | null; parentId?: string | null }) {
  const before = await mustFind(db, actor.orgId, id);
  if (input.parentId) {
    if (!(await findUnit(db, actor.orgId, input.parentId))) throw fieldError('VALIDATION_FAILED', 'parentId', 'unit.notFound');
    if ((await unitAncestry(db, actor.orgId, input.parentId)).includes(id)) throw fieldError('UNIT_CYCLE', 'parentId', 'unit.cycle');
  }
  return db.transaction(async (tx) => {
    await updateUnit(tx, actor.orgId, id, input);
    const after = await mustFind(tx, actor.orgId, id);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: 'unit.updated',
      entityType: 'unit',
      entityId: id,
      ip: actor.ip,
      before: view(before),
      after: view(after),
    });
    const deps = await unitDependents(tx, actor.orgId, id);
    return { id, name: after.name, code: after.code, parentId: after.parentId, userCount: deps.users };
  });
}

export async function removeUnit(db: Db, actor: Actor, id: string) {
  const before = await mustFind(db, actor.orgId, id);
  await db.transaction(async (tx) => {
    const deps = await unitDependents(tx, actor.orgId, id);
    if (deps.units > 0 || deps.users > 0) throw new AppError('UNIT_NOT_EMPTY', deps);
    await deleteUnit(tx, actor.orgId, id);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: 'unit.deleted',
      entityType: 'unit',
      entityId: id,
      ip: actor.ip,
      before: view(before),
    });
  });
}
