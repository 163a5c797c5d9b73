import { checkPassword } from '../../../domain/identity/password-policy';
import { normaliseNric } from '../../../domain/identity/nric';
import type { Database, Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/tenant-scope';
import { recordAudit } from '../audit';
import { findLoginCandidate, findUser, markLoggedIn, updateUser } from '../users';
import type { AccountMailer } from './account-mail';
import { checkCurrentPassword, countFailure, isLocked, mayLogIn } from './lockout';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password-hash';
import { insertSession, revokeSession, revokeUserSessions } from './session-repo';
import { newToken, sessionIdOf } from './session-token';

export { LOCK_MINUTES, MAX_FAILED_LOGINS } from './lockout';

export type RequestMeta = { ip: string; userAgent: string | null };

/**
 * Checks a login (email or MyKad number) and password; on success opens a session.
 * Until the password is right every refusal is the same 401, so the answer never tells
 * whether an account exists, is locked or is inactive: the lock is told to its owner by
 * email, inactivity only to the right password. Failures are counted per account: the
 * fifth in a row locks it for 15 minutes, and while it is locked no password is accepted,
 * right or wrong, and nothing is counted.
 */
export async function login(db: Db, input: { login: string; password: string }, meta: RequestMeta, ttlHours: number, mail: AccountMailer) {
  const nric = normaliseNric(input.login);
  const candidate = await findLoginCandidate(db, nric ? { nric } : { email: input.login });
  if (!candidate) {
    await verifyAgainstNothing(input.password);
    // Nothing typed is kept: a login field often receives a password.
    await recordAudit(db, { orgId: null, actorId: null, action: 'auth.login_failed', entityType: 'user', ip: meta.ip, after: { reason: 'unknown' } });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const audit = (action: string, after?: Record<string, unknown>) =>
    recordAudit(db, { orgId: candidate.orgId, actorId: candidate.id, action, entityType: 'user', entityId: candidate.id, ip: meta.ip, after });

  const passwordRight = await verifyPassword(candidate.passwordHash, input.password); // spent in every case alike
  if (isLocked(candidate.lockedUntil)) {
    await audit('auth.login_failed', { reason: 'locked' });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!passwordRight) {
    const outcome = await countFailure(db, candidate, mail);
    await audit('auth.login_failed', { reason: 'password', ...outcome });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!mayLogIn(candidate)) {
    await audit('auth.login_failed', { reason: 'inactive' });
    throw new AppError('ACCOUNT_INACTIVE');
  }

  const token = newToken();
  const csrfToken = newToken();
  const sessionId = sessionIdOf(token);
  const opened = await db.transaction(async (tx) => {
    if (!(await markLoggedIn(tx, candidate.id))) return false;
    await insertSession(tx, {
      id: sessionId,
      userId: candidate.id,
      orgId: candidate.orgId,
      csrfToken,
      ip: meta.ip,
      userAgent: meta.userAgent,
      expiresAt: new Date(Date.now() + ttlHours * 3_600_000),
    });
    await recordAudit(tx, { orgId: candidate.orgId, actorId: candidate.id, action: 'auth.login', entityType: 'user', entityId: candidate.id, ip: meta.ip });
    return true;
  });
  if (!opened) {
    // Locked between the check above and now, by failures that arrived with this guess.
    await audit('auth.login_failed', { reason: 'locked' });
    throw new AppError('INVALID_CREDENTIALS');
  }
  return { token, csrfToken, userId: candidate.id, orgId: candidate.orgId };
}

export async function logout(db: Db, session: { sessionId: string; user: { id: string; orgId: string | null } }, ip: string) {
  await db.transaction(async (tx) => {
    await revokeSession(tx, session.sessionId);
    await recordAudit(tx, { orgId: session.user.orgId, actorId: session.user.id, action: 'auth.logout', entityType: 'user', entityId: session.user.id, ip });
  });
}

/**
 * Own password change; other sessions of the user are revoked, this one stays. A wrong
 * current password counts against the account like a failed login, so it is checked on
 * the owner connection, outside the change's transaction (see checkCurrentPassword).
 */
export async function changePassword(
  database: Database,
  caller: { id: string; orgId: string | null; sessionId: string },
  input: { currentPassword: string; newPassword: string },
  ip: string,
  mail: AccountMailer,
) {
  const account = await checkCurrentPassword(database.db, caller.id, input.currentPassword, ip, mail);
  const problems: string[] = checkPassword(input.newPassword, [account.email, account.nric ?? '']);
  if (input.newPassword === input.currentPassword) problems.push('SAME_AS_CURRENT');
  if (problems.length > 0) {
    throw new AppError('PASSWORD_POLICY', { fields: problems.map((p) => ({ path: 'newPassword', message: `password.${p}` })), problems });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inScope(database, caller.orgId, async (db) => {
    const user = await findUser(db, caller.orgId, caller.id);
    if (!user) throw new AppError('NOT_FOUND');
    await updateUser(db, caller.orgId, caller.id, { passwordHash, mustChangePassword: false });
    await revokeUserSessions(db, caller.id, caller.sessionId);
    await recordAudit(db, {
      orgId: caller.orgId,
      actorId: caller.id,
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: caller.id,
      ip,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false },
    });
  });
}
