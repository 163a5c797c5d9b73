import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { notificationDeliveries, notifications, pushSubscriptions } from '../../db/schema';

export type Recipient = { id: string; full_name: string; supervisor_id: string | null; active: boolean; language: string; prefs: unknown; has_push: boolean };

/** People to tell or to name in a notice: name, supervisor, whether active, language, preferences and whether any device takes push. */
export async function recipients(db: Db, orgId: string, userIds: string[]): Promise<Recipient[]> {
  if (userIds.length === 0) return [];
  return rowsOf<Recipient>(db, sql`
    SELECT u.id, u.full_name, u.supervisor_id, u.status = 'ACTIVE' AS active, u.language, u.notification_prefs AS prefs,
      EXISTS (SELECT 1 FROM push_subscriptions p WHERE p.org_id = u.org_id AND p.user_id = u.id) AS has_push
    FROM users u WHERE u.org_id = ${orgId} AND u.id IN (${sql.join(userIds.map((id) => sql`${id}`), sql`, `)})`);
}

export type NewNotification = { userId: string; kind: string; params: Record<string, unknown>; link: string; dedupeKey: string | null };

/** Inserts notifications; one already told (same user and dedupe key) is skipped. Returns those written. */
export async function insertNotifications(db: Db, orgId: string, rows: NewNotification[]) {
  if (rows.length === 0) return [];
  return db.insert(notifications).values(rows.map((r) => ({ orgId, ...r })))
    .onConflictDoNothing({ target: [notifications.orgId, notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id, userId: notifications.userId, kind: notifications.kind });
}

export async function insertDeliveries(db: Db, orgId: string, rows: { notificationId: string; channel: string }[]) {
  if (rows.length > 0) await db.insert(notificationDeliveries).values(rows.map((r) => ({ orgId, ...r })));
}

export async function listFor(db: Db, orgId: string, userId: string, limit: number, offset: number) {
  return db.select().from(notifications).where(and(eq(notifications.orgId, orgId), eq(notifications.userId, userId)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit).offset(offset);
}

export async function countFor(db: Db, orgId: string, userId: string): Promise<{ total: number; unread: number }> {
  const [row] = await db.select({ total: count(), unread: sql<number>`count(*) FILTER (WHERE ${notifications.readAt} IS NULL)::int` }).from(notifications)
    .where(and(eq(notifications.orgId, orgId), eq(notifications.userId, userId)));
  return { total: Number(row?.total ?? 0), unread: Number(row?.unread ?? 0) };
}

/** Marks the user's notifications read (the given ones, or all); returns how many changed. */
export async function markRead(db: Db, orgId: string, userId: string, ids: string[] | null): Promise<number> {
  const rows = await db.update(notifications).set({ readAt: sql`now()` })
    .where(and(eq(notifications.orgId, orgId), eq(notifications.userId, userId), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Registers a device for push; the same endpoint registered again (or by another user of the organisation) moves to the caller. */
export async function saveSubscription(db: Db, v: { orgId: string; userId: string; endpoint: string; p256dh: string; auth: string; userAgent: string | null }) {
  const [row] = await db.insert(pushSubscriptions).values(v).onConflictDoUpdate({
    target: [pushSubscriptions.orgId, pushSubscriptions.endpoint],
    set: { userId: v.userId, p256dh: v.p256dh, auth: v.auth, userAgent: v.userAgent },
  }).returning({ id: pushSubscriptions.id });
  return row;
}

export async function deleteSubscription(db: Db, orgId: string, userId: string, endpoint: string): Promise<boolean> {
  const rows = await db.delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.orgId, orgId), eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint))).returning({ id: pushSubscriptions.id });
  return rows.length > 0;
}

export async function subscriptionCount(db: Db, orgId: string, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(pushSubscriptions).where(and(eq(pushSubscriptions.orgId, orgId), eq(pushSubscriptions.userId, userId)));
  return Number(row?.n ?? 0);
}
