import type { Db } from '../../db/client';
import { foreignKeyViolation } from '../../db/pg-errors';
import { AppError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { deleteSite, findSite, insertSite, presentSite, updateSite } from './repo';
import type { SiteShape } from './schema';

export async function createSite(db: Db, actor: Actor, input: { name: string; address: string | null; shape: SiteShape; active: boolean }) {
  return db.transaction(async (tx) => {
    const site = presentSite(await insertSite(tx, actor.orgId, input));
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: 'site.created', entityType: 'site', entityId: site.id, ip: actor.ip, after: site });
    return site;
  });
}

export async function editSite(db: Db, actor: Actor, id: string, input: { name?: string; address?: string | null; shape?: SiteShape; active?: boolean }) {
  return db.transaction(async (tx) => {
    const before = await findSite(tx, actor.orgId, id);
    if (!before) throw new AppError('NOT_FOUND');
    await updateSite(tx, actor.orgId, id, input);
    const after = await findSite(tx, actor.orgId, id);
    if (!after) throw new AppError('NOT_FOUND');
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: 'site.updated',
      entityType: 'site',
      entityId: id,
      ip: actor.ip,
      before: presentSite(before),
      after: presentSite(after),
    });
    return presentSite(after);
  });
}

export async function removeSite(db: Db, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const before = await findSite(tx, actor.orgId, id);
    if (!before) throw new AppError('NOT_FOUND');
    // A savepoint, so a refused delete leaves the request's transaction usable.
    await tx
      .transaction(async (sp) => deleteSite(sp, actor.orgId, id))
      .catch((err: unknown) => {
        throw foreignKeyViolation(err) ? new AppError('SITE_IN_USE') : err;
      });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: 'site.deleted',
      entityType: 'site',
      entityId: id,
      ip: actor.ip,
      before: presentSite(before),
    });
  });
}
