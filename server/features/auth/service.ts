import { checkPassword } from '../../../domain/identity/password-policy';
import { normaliseNric } from '../../../domain/identity/nric';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit/repo';
import { findUser, findLoginCandidate, getPasswordHash, markLoggedIn, setLoginFailures, updateUser } from '../users/repo';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password-hash';
import { insertSession, revokeSession, revokeUserSessions } from './session-repo';
import { newToken, sessionIdOf } from './session-token';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type RequestMeta = { ip: string; userAgent: string | null };

/**
 * Checks a login (email or MyKad number) and password; on success opens a session.
 * Failures are counted per account: the fifth in a row locks it for 15 minutes.
 */
export async function login(db: Db, input: { login: string; password: string }, meta: RequestMeta, ttlHours: number) {
  const nric = normaliseNric(input.login);
  const candidate = await findLoginCandidate(db, nric ? { nric } : { email: input.login });
  if (!candidate) {
    await verifyAgainstNothing(input.password);
    await recordAudit(db, { orgId: null, actorId: null, action: 'auth.login_failed', entityType: 'user', ip: meta.ip, after: { login: input.login, reason: 'unknown' } });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const audit = (action: string, after: Record<string, unknown>) =>
    recordAudit(db, { orgId: candidate.orgId, actorId: candidate.id, action, entityType: 'user', entityId: candidate.id, ip: meta.ip, after });

  if (candidate.lockedUntil && candidate.lockedUntil.getTime() > Date.now()) {
    await audit('auth.login_failed', { reason: 'locked' });
    throw new AppError('ACCOUNT_LOCKED', { lockedUntil: candidate.lockedUntil.toISOString() });
  }
  if (!(await verifyPassword(candidate.passwordHash, input.password))) {
    const failures = candidate.failedLogins + 1;
    const lock = failures >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null;
    await setLoginFailures(db, candidate.id, lock ? 0 : failures, lock);
    await audit('auth.login_failed', { reason: 'password', failures, locked: lock !== null });
    if (lock) throw new AppError('ACCOUNT_LOCKED', { lockedUntil: lock.toISOString() });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (candidate.status !== 'ACTIVE' || candidate.orgActive === false) {
    await audit('auth.login_failed', { reason: 'inactive' });
    throw new AppError('ACCOUNT_INACTIVE');
  }

  const token = newToken();
  const csrfToken = newToken();
  const sessionId = sessionIdOf(token);
  await db.transaction(async (tx) => {
    await markLoggedIn(tx, candidate.id);
    await insertSession(tx, {
      id: sessionId, userId: candidate.id, orgId: candidate.orgId, csrfToken, ip: meta.ip, userAgent: meta.userAgent,
      expiresAt: new Date(Date.now() + ttlHours * 3_600_000),
    });
    await recordAudit(tx, { orgId: candidate.orgId, actorId: candidate.id, action: 'auth.login', entityType: 'user', entityId: candidate.id, ip: meta.ip });
  });
  return { token, csrfToken, userId: candidate.id, orgId: candidate.orgId };
}

export async function logout(db: Db, session: { sessionId: string; user: { id: string; orgId: string | null } }, ip: string) {
  await db.transaction(async (tx) => {
    await revokeSession(tx, session.sessionId);
    await recordAudit(tx, { orgId: session.user.orgId, actorId: session.user.id, action: 'auth.logout', entityType: 'user', entityId: session.user.id, ip });
  });
}

/** Own password change; other sessions of the user are revoked, this one stays. */
export async function changePassword(
  db: Db,
  caller: { id: string; orgId: string | null; sessionId: string },
  input: { currentPassword: string; newPassword: string },
  ip: string,
) {
  const stored = await getPasswordHash(db, caller.id);
  if (!stored || !(await verifyPassword(stored, input.currentPassword))) {
    throw new AppError('WRONG_PASSWORD', { fields: [{ path: 'currentPassword', message: 'password.wrong' }] });
  }
  const user = await findUser(db, caller.orgId, caller.id);
  if (!user) throw new AppError('NOT_FOUND');
  const problems: string[] = checkPassword(input.newPassword, [user.email, user.nric ?? '']);
  if (input.newPassword === input.currentPassword) problems.push('SAME_AS_CURRENT');
  if (problems.length > 0) {
    throw new AppError('PASSWORD_POLICY', { fields: problems.map((p) => ({ path: 'newPassword', message: `password.${p}` })), problems });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updateUser(tx, caller.orgId, caller.id, { passwordHash, mustChangePassword: false });
    await revokeUserSessions(tx, caller.id, caller.sessionId);
    await recordAudit(tx, {
      orgId: caller.orgId, actorId: caller.id, action: 'auth.password_changed', entityType: 'user', entityId: caller.id, ip,
      before: { mustChangePassword: user.mustChangePassword }, after: { mustChangePassword: false },
    });
  });
}
