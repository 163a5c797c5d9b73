import { orgSettingsSchema, parseOrgSettings, type OrgSettings } from '../../../domain/org/settings';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { findOrg, updateOrg, type OrgRow } from './repo';

export function presentOrg(o: OrgRow) {
  return {
    id: o.id,
    name: o.name,
    code: o.code,
    state: o.state,
    timeZone: o.timeZone,
    settings: parseOrgSettings(o.settings),
    onboardedOn: o.onboardedOn,
    active: o.active,
  };
}

export async function getOrganisation(db: Db, orgId: string) {
  const o = await findOrg(db, orgId);
  if (!o) throw new AppError('NOT_FOUND');
  return presentOrg(o);
}

/** Name and settings changes; settings merge over what is stored and are validated whole. */
export async function patchOrganisation(db: Db, actor: Actor, input: { name?: string; settings?: Partial<OrgSettings> }) {
  return db.transaction(async (tx) => {
    const before = await findOrg(tx, actor.orgId);
    if (!before) throw new AppError('NOT_FOUND');
    const settings = orgSettingsSchema.parse({ ...parseOrgSettings(before.settings), ...(input.settings ?? {}) });
    await updateOrg(tx, actor.orgId, { name: input.name ?? before.name, settings });
    const after = await findOrg(tx, actor.orgId);
    if (!after) throw new AppError('NOT_FOUND');
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: actor.orgId,
      ip: actor.ip,
      before: { name: before.name, settings: parseOrgSettings(before.settings) },
      after: { name: after.name, settings },
    });
    return presentOrg(after);
  });
}
