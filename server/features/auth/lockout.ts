import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { clearLock, clearPasswordFailures, countPasswordFailure, findAccount, type LoginCandidate } from '../users';
import type { AccountMailer } from './account-mail';
import { issueAccountToken, useAccountToken } from './account-tokens';
import { verifyPassword } from './password-hash';

/** Wrong passwords in a row (logins and current-password checks together) that lock an account, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export function isLocked(lockedUntil: Date | null): lockedUntil is Date {
  return lockedUntil !== null && lockedUntil.getTime() > Date.now();
}

/** An active user of an active organisation (or a platform administrator). */
export function mayLogIn(a: LoginCandidate): boolean {
  return a.status === 'ACTIVE' && a.orgActive !== false;
}

export type FailureOutcome = { failures: number; locked: boolean };

/**
 * Counts one wrong password against the account (one atomic statement). The failure that
 * locks it emails the owner a one-time unlock link, so that a stranger who knows the
 * address cannot keep its owner out; an account that cannot log in anyway gets none.
 * `db` must commit by itself: the refusal that follows would roll back a request's
 * transaction, and the count with it.
 */
export async function countFailure(db: Db, account: LoginCandidate, mail: AccountMailer): Promise<FailureOutcome> {
  const counted = await countPasswordFailure(db, account.id, MAX_FAILED_LOGINS, LOCK_MINUTES);
  if (!counted) return { failures: MAX_FAILED_LOGINS, locked: true }; // locked meanwhile by another failure
  if (!counted.lockedUntil) return { failures: counted.failures, locked: false };
  if (mayLogIn(account)) {
    const token = await issueAccountToken(db, account.id, 'UNLOCK');
    mail({ kind: 'UNLOCK', to: account.email, language: account.language, token });
  }
  return { failures: counted.failures, locked: true };
}

/**
 * The caller's current password, before a password or email change. The caller holds a
 * session of the account, so a lock is told (423), but without looking at the password:
 * a locked account never tells a guesser which guess was right. A wrong password counts
 * like a failed login and answers 400 WRONG_PASSWORD on `currentPassword`. `owner`: the
 * owner connection, outside any request transaction. Answers the account.
 */
export async function checkCurrentPassword(owner: Db, userId: string, password: string, ip: string, mail: AccountMailer): Promise<LoginCandidate> {
  const account = await findAccount(owner, userId);
  if (!account) throw new AppError('NOT_FOUND');
  if (isLocked(account.lockedUntil)) throw new AppError('ACCOUNT_LOCKED', { lockedUntil: account.lockedUntil.toISOString() });
  if (await verifyPassword(account.passwordHash, password)) {
    await clearPasswordFailures(owner, userId);
    return account;
  }
  const outcome = await countFailure(owner, account, mail);
  await recordAudit(owner, { orgId: account.orgId, actorId: userId, action: 'auth.password_failed', entityType: 'user', entityId: userId, ip, after: outcome });
  throw new AppError('WRONG_PASSWORD', { fields: [{ path: 'currentPassword', message: 'password.wrong' }] });
}

/** The owner's unlock link: clears the lock and the count, once (audited). */
export async function unlockAccount(db: Db, token: string, ip: string): Promise<void> {
  await db.transaction(async (tx) => {
    const used = await useAccountToken(tx, token, 'UNLOCK');
    if (!used) throw new AppError('LINK_INVALID');
    const user = await clearLock(tx, used.userId);
    await recordAudit(tx, { orgId: user?.orgId ?? null, actorId: used.userId, action: 'auth.unlocked', entityType: 'user', entityId: used.userId, ip });
  });
}
