import { resolvePrefs } from '../../../domain/notify/preferences';
import type { Database, Db } from '../../db/client';
import { fieldError } from '../../http/errors';
import type { AuthUser } from '../../http/request-context';
import { inScope } from '../../http/tenant-scope';
import { recordAudit } from '../audit';
import { checkCurrentPassword, type AccountMailer } from '../auth';
import { routeToReviewers } from '../requests/service';
import { findAccount, findUser, updateUser } from '../users';
import { requestEmailChange } from './email-change';
import { homesOf, insertHome, notificationPrefsOf, withdrawPendingHomes, type HomeRow } from './profile-repo';

export function presentHome(h: HomeRow) {
  return { id: h.id, lat: h.lat, lng: h.lng, accuracy: h.accuracy, address: h.address, state: h.state, createdAt: h.createdAt.toISOString() };
}

export async function notificationPrefs(db: Db, userId: string) {
  return resolvePrefs(await notificationPrefsOf(db, userId));
}

type ProfileInput = { phone?: string | null; email?: string; notificationPrefs?: Record<string, unknown>; currentPassword?: string };

/**
 * The caller changes their own phone or notification preferences (audited), or asks for
 * a new email: that needs the current password (a wrong one counts like a failed login)
 * and takes effect only when the link sent to the new address is used. Runs its own
 * transactions (the route declares `ownTransaction`): the password is checked on the
 * owner connection, the writes under the organisation's row-level security.
 */
export async function updateProfile(database: Database, user: AuthUser, ip: string, input: ProfileInput, mail: AccountMailer) {
  const account = await findAccount(database.db, user.id);
  if (!account) throw new Error('session user not found');
  const newEmail = input.email !== undefined && input.email !== account.email.toLowerCase() ? input.email : undefined;
  if (newEmail !== undefined) {
    if (!input.currentPassword) throw fieldError('VALIDATION_FAILED', 'currentPassword', 'password.required');
    await checkCurrentPassword(database.db, user.id, input.currentPassword, ip, mail);
  }
  const token = await inScope(database, user.orgId, async (db) => {
    const values = {
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.notificationPrefs !== undefined ? { notificationPrefs: resolvePrefs(input.notificationPrefs) } : {}),
    };
    if (Object.keys(values).length > 0) {
      const before = await findUser(db, user.orgId, user.id);
      if (!before) throw new Error('session user not found');
      const prefsBefore = resolvePrefs(await notificationPrefsOf(db, user.id));
      await updateUser(db, user.orgId, user.id, values);
      await recordAudit(db, {
        orgId: user.orgId,
        actorId: user.id,
        action: 'user.profile',
        entityType: 'user',
        entityId: user.id,
        ip,
        before: { phone: before.phone, notificationPrefs: prefsBefore },
        after: { phone: values.phone ?? before.phone, notificationPrefs: values.notificationPrefs ?? prefsBefore },
      });
    }
    return newEmail === undefined ? null : requestEmailChange(db, user, newEmail, ip);
  });
  if (token && newEmail) mail({ kind: 'EMAIL_CONFIRM', to: newEmail, language: account.language, token });
}

/** The BDR home in force (newest approved) and the one waiting for the supervisor, if any. */
export async function homeStatus(db: Db, orgId: string, userId: string) {
  const homes = await homesOf(db, orgId, userId);
  const approved = homes.find((h) => h.state === 'DILULUSKAN');
  const pending = homes.find((h) => h.state === 'MENUNGGU');
  return { approved: approved ? presentHome(approved) : null, pending: pending ? presentHome(pending) : null };
}

/** Registers the BDR home from the phone's fix; it waits for the supervisor's approval. */
export async function registerHome(
  db: Db,
  user: AuthUser & { orgId: string },
  ip: string,
  input: { lat: number; lng: number; accuracy: number; address?: string },
) {
  await withdrawPendingHomes(db, user.orgId, user.id);
  const row = await insertHome(db, {
    orgId: user.orgId,
    userId: user.id,
    lat: input.lat,
    lng: input.lng,
    accuracy: input.accuracy,
    address: input.address || null,
    state: 'MENUNGGU',
  });
  await recordAudit(db, {
    orgId: user.orgId,
    actorId: user.id,
    action: 'home_location.registered',
    entityType: 'home_location',
    entityId: row.id,
    ip,
    after: presentHome(row),
  });
  await routeToReviewers(db, user.orgId, 'HOME', [{ id: row.id, date: null }]);
  return homeStatus(db, user.orgId, user.id);
}
