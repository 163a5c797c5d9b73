import { abilitiesOf } from '../../../domain/policy/permissions';
import type { Db } from '../../db/client';
import { recordAudit } from '../audit';
import { pendingEmailOf } from '../auth';
import { findOrg } from '../organisation';
import { factsOf, findUser, presentUser, updateUser } from '../users';
import type { MeResponse } from './schema';

/** The caller as the app sees them: user, organisation, abilities, the CSRF token and an email change waiting for its link. */
export async function buildMe(db: Db, userId: string, orgId: string | null, csrfToken: string): Promise<MeResponse> {
  const u = await findUser(db, orgId, userId);
  const org = orgId ? await findOrg(db, orgId) : null;
  if (!u) throw new Error(`session user ${userId} not found`);
  const user = presentUser(u);
  return {
    user,
    organisation: org ? { id: org.id, name: org.name, code: org.code, state: org.state, timeZone: org.timeZone } : null,
    abilities: abilitiesOf(user.roles, orgId ? await factsOf(db, orgId, userId) : undefined),
    csrfToken,
    pendingEmail: await pendingEmailOf(db, userId),
  };
}

export async function setLanguage(db: Db, user: { id: string; orgId: string | null; language: string }, language: string, ip: string) {
  await db.transaction(async (tx) => {
    await updateUser(tx, user.orgId, user.id, { language });
    await recordAudit(tx, {
      orgId: user.orgId,
      actorId: user.id,
      action: 'user.preferences',
      entityType: 'user',
      entityId: user.id,
      ip,
      before: { language: user.language },
      after: { language },
    });
  });
}
