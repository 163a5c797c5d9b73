import type { Db } from '../../db/client';
import { uniqueViolation } from '../../db/pg-errors';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { issueAccountToken, mayLogIn, retireAccountTokens, useAccountToken } from '../auth';
import { emailOrNricTaken, findAccount, updateUser } from '../users';

/**
 * Starts an email change: a one-time link for the new address (24 hours), replacing any
 * earlier one. Whether the address is in use is not checked here, so the answer never
 * tells; the link's use checks it. Answers the token to send. Audited.
 */
export async function requestEmailChange(db: Db, user: { id: string; orgId: string | null }, newEmail: string, ip: string): Promise<string> {
  const token = await issueAccountToken(db, user.id, 'EMAIL_CHANGE', newEmail);
  await recordAudit(db, {
    orgId: user.orgId,
    actorId: user.id,
    action: 'user.email_change_requested',
    entityType: 'user',
    entityId: user.id,
    ip,
    after: { newEmail },
  });
  return token;
}

/** Taken meanwhile, here or in another agency: the same words either way. */
const unavailable = () => new AppError('CONFLICT', { fields: [{ path: 'email', message: 'email.unavailable' }] });

/**
 * Uses an email-change link (no session needed: it may be opened anywhere): the account's
 * email becomes the confirmed address, its other pending links end. Audited. Answers who
 * to tell at the old address. `db`: the owner connection (the link names no organisation).
 */
export async function confirmEmailChange(db: Db, token: string, ip: string) {
  return db.transaction(async (tx) => {
    const used = await useAccountToken(tx, token, 'EMAIL_CHANGE');
    const account = used ? await findAccount(tx, used.userId) : null;
    if (!used?.newEmail || !account || !mayLogIn(account)) throw new AppError('LINK_INVALID');
    const email = used.newEmail;
    if ((await emailOrNricTaken(tx, email, null, account.id)).email) throw unavailable();
    try {
      await tx.transaction((sp) => updateUser(sp, account.orgId, account.id, { email }));
    } catch (err) {
      if (uniqueViolation(err) === 'users_email_uq') throw unavailable();
      throw err;
    }
    await retireAccountTokens(tx, account.id, 'EMAIL_CHANGE');
    await recordAudit(tx, {
      orgId: account.orgId,
      actorId: account.id,
      action: 'user.email_changed',
      entityType: 'user',
      entityId: account.id,
      ip,
      before: { email: account.email },
      after: { email },
    });
    return { email, oldEmail: account.email, language: account.language };
  });
}
