import type { OrgRole } from '../../../domain/policy/roles';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../db/pg-errors';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { hashPassword, revokeUserSessions, temporaryPassword } from '../auth';
import { repointReviewers } from '../requests/service';
import { findUnit } from '../units';
import { auditView, presentUser } from './present';
import { activeReportCount, emailOrNricTaken, findUser, insertUser, staffNoTaken, supervisionChain, updateUser, type UserRow } from './repo';

type UserFields = {
  fullName?: string;
  staffNo?: string;
  email?: string;
  phone?: string | null;
  position?: string | null;
  grade?: string | null;
  gender?: 'L' | 'P';
  unitId?: string | null;
  supervisorId?: string | null;
  dutyState?: string;
  roles?: OrgRole[];
  language?: string;
};

async function mustFind(db: Db, orgId: string, id: string): Promise<UserRow> {
  const u = await findUser(db, orgId, id);
  if (!u) throw new AppError('NOT_FOUND');
  return u;
}

/** Unit and supervisor must be of the same organisation; supervision may not loop. */
async function checkRelations(db: Db, orgId: string, userId: string | null, f: UserFields) {
  if (f.unitId && !(await findUnit(db, orgId, f.unitId))) throw fieldError('VALIDATION_FAILED', 'unitId', 'unit.notFound');
  if (f.supervisorId) {
    if (f.supervisorId === userId) throw fieldError('SUPERVISOR_CYCLE', 'supervisorId', 'supervisor.self');
    const supervisor = await findUser(db, orgId, f.supervisorId);
    if (!supervisor) throw fieldError('VALIDATION_FAILED', 'supervisorId', 'supervisor.notFound');
    // Whoever is an officer's supervisor reviews their requests: it has to be someone who can.
    if (supervisor.status !== 'ACTIVE') throw fieldError('VALIDATION_FAILED', 'supervisorId', 'supervisor.inactive');
    if (userId && (await supervisionChain(db, orgId, f.supervisorId)).includes(userId)) {
      throw fieldError('SUPERVISOR_CYCLE', 'supervisorId', 'supervisor.cycle');
    }
  }
}

type UniqueFields = { email?: string; nric?: string; staffNo?: string };

/**
 * Email and NRIC are unique on the whole platform, but an administrator is told of a
 * clash (409) only with their own organisation's users, whom they can see. A clash with
 * another organisation's user is left to the unique index (see rethrowUnique).
 */
async function checkUnique(db: Db, orgId: string, userId: string | undefined, f: UniqueFields) {
  if (f.email || f.nric) {
    const taken = await emailOrNricTaken(db, f.email ?? '', f.nric ?? null, userId, orgId);
    if (f.email && taken.email) throw fieldError('EMAIL_TAKEN', 'email', 'email.taken');
    if (taken.nric) throw fieldError('NRIC_TAKEN', 'nric', 'nric.taken');
  }
  if (f.staffNo && (await staffNoTaken(db, orgId, f.staffNo, userId))) throw fieldError('STAFF_NO_TAKEN', 'staffNo', 'staffNo.taken');
}

/**
 * A clash the checks above did not report: another organisation's user (hidden from this
 * administrator, also by row-level security) or a race. Within the organisation it is the
 * usual 409; otherwise a 400 whose words do not say that another agency has the person.
 */
async function rethrowUnique(db: Db, orgId: string, userId: string | undefined, f: UniqueFields, err: unknown): Promise<never> {
  const c = uniqueViolation(err);
  if (c === 'users_email_uq' || c === 'users_nric_uq') {
    const field = c === 'users_email_uq' ? 'email' : 'nric';
    const ours = await emailOrNricTaken(db, f.email ?? '', f.nric ?? null, userId, orgId);
    if (field === 'email' && ours.email) throw fieldError('EMAIL_TAKEN', 'email', 'email.taken');
    if (field === 'nric' && ours.nric) throw fieldError('NRIC_TAKEN', 'nric', 'nric.taken');
    throw fieldError('VALIDATION_FAILED', field, `${field}.unavailable`);
  }
  if (c === 'users_staff_no_uq') throw fieldError('STAFF_NO_TAKEN', 'staffNo', 'staffNo.taken');
  throw err;
}

export async function createUser(
  db: Db,
  actor: Actor,
  input: UserFields & { nric: string } & Required<Pick<UserFields, 'fullName' | 'staffNo' | 'email' | 'gender' | 'dutyState' | 'roles'>>,
) {
  await checkRelations(db, actor.orgId, null, input);
  await checkUnique(db, actor.orgId, undefined, input);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.transaction(async (tx) => {
      const id = await insertUser(tx, {
        orgId: actor.orgId,
        fullName: input.fullName,
        nric: input.nric,
        staffNo: input.staffNo,
        email: input.email,
        phone: input.phone ?? null,
        position: input.position ?? null,
        grade: input.grade ?? null,
        gender: input.gender,
        unitId: input.unitId ?? null,
        supervisorId: input.supervisorId ?? null,
        dutyState: input.dutyState,
        roles: input.roles,
        language: input.language ?? 'ms-MY',
        passwordHash,
        mustChangePassword: true,
      });
      const created = await mustFind(tx, actor.orgId, id);
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.id,
        action: 'user.created',
        entityType: 'user',
        entityId: id,
        ip: actor.ip,
        after: auditView(created),
      });
      return created;
    });
    return { user: presentUser(user), temporaryPassword: password };
  } catch (err) {
    return rethrowUnique(db, actor.orgId, undefined, input, err);
  }
}

export async function editUser(db: Db, actor: Actor, id: string, input: UserFields) {
  const before = await mustFind(db, actor.orgId, id);
  await checkRelations(db, actor.orgId, id, input);
  await checkUnique(db, actor.orgId, id, { email: input.email, staffNo: input.staffNo });
  try {
    const after = await db.transaction(async (tx) => {
      await updateUser(tx, actor.orgId, id, input);
      const updated = await mustFind(tx, actor.orgId, id);
      if (updated.supervisorId !== before.supervisorId) await repointReviewers(tx, actor.orgId, [id]);
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.id,
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        ip: actor.ip,
        before: auditView(before),
        after: auditView(updated),
      });
      return updated;
    });
    return presentUser(after);
  } catch (err) {
    return rethrowUnique(db, actor.orgId, id, { email: input.email }, err);
  }
}

/**
 * Deactivation ends every session of the user at once. A user who still supervises active
 * officers is not deactivated (409): their officers' requests would have nobody to review
 * them. Activation re-points the requests they review again.
 */
export async function setUserStatus(db: Db, actor: Actor, id: string, status: 'ACTIVE' | 'INACTIVE') {
  const before = await mustFind(db, actor.orgId, id);
  if (id === actor.id && status === 'INACTIVE') throw new AppError('FORBIDDEN', { reason: 'self' });
  if (status === 'INACTIVE') {
    const reports = await activeReportCount(db, actor.orgId, id);
    if (reports > 0) throw new AppError('USER_HAS_REPORTS', { reports });
  }
  const after = await db.transaction(async (tx) => {
    await updateUser(tx, actor.orgId, id, { status });
    if (status === 'INACTIVE') await revokeUserSessions(tx, id);
    if (status !== before.status) await repointReviewers(tx, actor.orgId, [id]);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: status === 'INACTIVE' ? 'user.deactivated' : 'user.activated',
      entityType: 'user',
      entityId: id,
      ip: actor.ip,
      before: { status: before.status },
      after: { status },
    });
    return mustFind(tx, actor.orgId, id);
  });
  return presentUser(after);
}

/** A new temporary password, shown once; the user must change it at next login. */
export async function resetPassword(db: Db, actor: Actor, id: string) {
  await mustFind(db, actor.orgId, id);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await updateUser(tx, actor.orgId, id, { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null });
    await revokeUserSessions(tx, id);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      ip: actor.ip,
      after: { mustChangePassword: true },
    });
  });
  return { temporaryPassword: password };
}
