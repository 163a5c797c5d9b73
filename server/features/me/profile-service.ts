import { resolvePrefs } from '../../../domain/notify/preferences';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../db/pg-errors';
import { fieldError } from '../../http/errors';
import type { AuthUser } from '../../http/request-context';
import { recordAudit } from '../audit/repo';
import { notifyReviewer } from '../notifications/notify';
import { findUser, updateUser } from '../users/repo';
import { homesOf, insertHome, notificationPrefsOf, withdrawPendingHomes, type HomeRow } from './profile-repo';

export function presentHome(h: HomeRow) {
  return { id: h.id, lat: h.lat, lng: h.lng, accuracy: h.accuracy, address: h.address, state: h.state, createdAt: h.createdAt.toISOString() };
}

export async function notificationPrefs(db: Db, userId: string) {
  return resolvePrefs(await notificationPrefsOf(db, userId));
}

/** The caller changes their own phone, email or notification preferences (audited). */
export async function updateProfile(db: Db, user: AuthUser, ip: string, input: { phone?: string | null; email?: string; notificationPrefs?: Record<string, unknown> }) {
  const before = await findUser(db, user.orgId, user.id);
  if (!before) throw new Error('session user not found');
  const prefsBefore = await notificationPrefsOf(db, user.id);
  const values = {
    ...(input.phone !== undefined ? { phone: input.phone } : {}),
    ...(input.email !== undefined ? { email: input.email } : {}),
    ...(input.notificationPrefs !== undefined ? { notificationPrefs: resolvePrefs(input.notificationPrefs) } : {}),
  };
  try {
    // A savepoint: a taken email must not spoil the request's transaction.
    await db.transaction(async (sp) => updateUser(sp, user.orgId, user.id, values));
  } catch (err) {
    if (uniqueViolation(err) === 'users_email_uq') throw fieldError('EMAIL_TAKEN', 'email', 'email.taken');
    throw err;
  }
  await recordAudit(db, {
    orgId: user.orgId, actorId: user.id, action: 'user.profile', entityType: 'user', entityId: user.id, ip,
    before: { phone: before.phone, email: before.email, notificationPrefs: resolvePrefs(prefsBefore) },
    after: { phone: values.phone ?? before.phone, email: values.email ?? before.email, notificationPrefs: values.notificationPrefs ?? resolvePrefs(prefsBefore) },
  });
}

/** The BDR home in force (newest approved) and the one waiting for the supervisor, if any. */
export async function homeStatus(db: Db, orgId: string, userId: string) {
  const homes = await homesOf(db, orgId, userId);
  const approved = homes.find((h) => h.state === 'DILULUSKAN');
  const pending = homes.find((h) => h.state === 'MENUNGGU');
  return { approved: approved ? presentHome(approved) : null, pending: pending ? presentHome(pending) : null };
}

/** Registers the BDR home from the phone's fix; it waits for the supervisor's approval. */
export async function registerHome(db: Db, user: AuthUser & { orgId: string }, ip: string, input: { lat: number; lng: number; accuracy: number; address?: string }) {
  await withdrawPendingHomes(db, user.orgId, user.id);
  const row = await insertHome(db, { orgId: user.orgId, userId: user.id, lat: input.lat, lng: input.lng, accuracy: input.accuracy, address: input.address || null, state: 'MENUNGGU' });
  await recordAudit(db, { orgId: user.orgId, actorId: user.id, action: 'home_location.registered', entityType: 'home_location', entityId: row.id, ip, after: presentHome(row) });
  await notifyReviewer(db, user.orgId, user.id, 'HOME', null);
  return homeStatus(db, user.orgId, user.id);
}
