import type { z } from 'zod';
import { DEFAULT_ORG_SETTINGS } from '../../../domain/org/settings';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../db/pg-errors';
import { AppError, fieldError } from '../../http/errors';
import { recordAudit } from '../audit';
import { hashPassword, revokeOrgSessions, temporaryPassword } from '../auth';
import { countActiveOrgUsers, findOrg, insertOrg, orgCodeTaken, updateOrg } from '../organisation';
import { emailOrNricTaken, insertUser } from '../users';
import type { orgCreateBody } from './schema';

type PlatformActor = { id: string; ip: string };

/** Onboards an agency and its first organisation administrator (temporary password, shown once). */
export async function createOrganisation(db: Db, actor: PlatformActor, input: z.output<typeof orgCreateBody>) {
  if (await orgCodeTaken(db, input.code)) throw fieldError('ORG_CODE_TAKEN', 'code', 'code.taken');
  // The new agency has no users yet: any clash is with another agency's, which is not told.
  const taken = await emailOrNricTaken(db, input.admin.email, input.admin.nric);
  if (taken.email) throw fieldError('VALIDATION_FAILED', 'admin.email', 'email.unavailable');
  if (taken.nric) throw fieldError('VALIDATION_FAILED', 'admin.nric', 'nric.unavailable');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      const org = await insertOrg(tx, { name: input.name, code: input.code, state: input.state, timeZone: input.timeZone, settings: DEFAULT_ORG_SETTINGS });
      const adminId = await insertUser(tx, {
        orgId: org.id,
        fullName: input.admin.fullName,
        email: input.admin.email,
        nric: input.admin.nric,
        staffNo: input.admin.staffNo,
        gender: input.admin.gender,
        dutyState: input.state,
        roles: ['PENTADBIR_ORGANISASI', 'PEGAWAI'],
        passwordHash,
        mustChangePassword: true,
      });
      await recordAudit(tx, {
        orgId: org.id,
        actorId: actor.id,
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: org.id,
        ip: actor.ip,
        after: { name: org.name, code: org.code, state: org.state, timeZone: org.timeZone, adminId, adminEmail: input.admin.email },
      });
      return {
        organisation: {
          id: org.id,
          name: org.name,
          code: org.code,
          state: org.state,
          timeZone: org.timeZone,
          active: org.active,
          onboardedOn: org.onboardedOn,
          userCount: 1,
        },
        admin: { id: adminId, email: input.admin.email },
        temporaryPassword: password,
      };
    });
  } catch (err) {
    const c = uniqueViolation(err);
    if (c === 'organisations_code_uq') throw fieldError('ORG_CODE_TAKEN', 'code', 'code.taken');
    if (c === 'users_email_uq') throw fieldError('VALIDATION_FAILED', 'admin.email', 'email.unavailable');
    if (c === 'users_nric_uq') throw fieldError('VALIDATION_FAILED', 'admin.nric', 'nric.unavailable');
    throw err;
  }
}

/** Renames an agency or (de)activates it; deactivation ends its users' sessions. */
export async function patchOrganisationStatus(db: Db, actor: PlatformActor, id: string, input: { name?: string; active?: boolean }) {
  return db.transaction(async (tx) => {
    const before = await findOrg(tx, id);
    if (!before) throw new AppError('NOT_FOUND');
    await updateOrg(tx, id, { name: input.name ?? before.name, active: input.active ?? before.active });
    if (input.active === false) await revokeOrgSessions(tx, id);
    const after = await findOrg(tx, id);
    if (!after) throw new AppError('NOT_FOUND');
    await recordAudit(tx, {
      orgId: id,
      actorId: actor.id,
      action: 'organisation.status',
      entityType: 'organisation',
      entityId: id,
      ip: actor.ip,
      before: { name: before.name, active: before.active },
      after: { name: after.name, active: after.active },
    });
    return {
      id: after.id,
      name: after.name,
      code: after.code,
      state: after.state,
      timeZone: after.timeZone,
      active: after.active,
      onboardedOn: after.onboardedOn,
      userCount: await countActiveOrgUsers(tx, id),
    };
  });
}
