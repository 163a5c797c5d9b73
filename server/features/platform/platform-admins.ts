import { randomInt } from 'node:crypto';
import type { Db } from '../../db/client';
import { fieldError } from '../../http/errors';
import { recordAudit } from '../audit';
import { hashPassword, temporaryPassword } from '../auth';
import { emailOrNricTaken, insertUser } from '../users';

/** A platform administrator (no agency) with a temporary password to change at first login. */
export async function createPlatformAdmin(db: Db, input: { email: string; fullName: string }) {
  const email = input.email.trim().toLowerCase();
  if ((await emailOrNricTaken(db, email, null)).email) throw fieldError('EMAIL_TAKEN', 'email', 'email.taken');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const id = await db.transaction(async (tx) => {
    const userId = await insertUser(tx, {
      orgId: null,
      fullName: input.fullName,
      email,
      staffNo: `SISTEM-${String(randomInt(1_000_000)).padStart(6, '0')}`,
      dutyState: 'MY-16',
      roles: ['PENTADBIR_SISTEM'],
      passwordHash,
      mustChangePassword: true,
    });
    await recordAudit(tx, { orgId: null, actorId: null, action: 'platform_admin.created', entityType: 'user', entityId: userId, after: { email, via: 'cli' } });
    return userId;
  });
  return { id, email, temporaryPassword: password };
}
