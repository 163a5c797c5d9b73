import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { notifications, pushSubscriptions } from '../../db/schema';

export type Recipient = { id: string; full_name: string; supervisor_id: string | null; active: boolean; language: string; prefs: unknown; has_push: boolean };

/** People to tell or to name in a notice: name, supervisor, whether active, language, preferences and whether any device takes push. */
export async function recipients(db: Db, orgId: string, userIds: string[]): Promise<Recipient[]> {
  if (userIds.length === 0) return [];
  return rowsOf<Recipient>(
    db,
    sql`
    SELECT u.id, u.full_name, u.supervisor_id, u.status = 'ACTIVE' AS active, u.language, u.notification_prefs AS prefs,
      EXISTS (SELECT 1 FROM push_subscriptions p WHERE p.org_id = u.org_id AND p.user_id = u.id) AS has_push
    FROM users u WHERE u.org_id = ${orgId} AND u.id = ANY(${sql.param(userIds)}::uuid[])`,
  );
}

export type NewNotification = { userId: string; kind: string; params: Record<string, unknown>; link: string; dedupeKey: string | null };

/**
 * Inserts notifications; one already told (same user and dedupe key) is skipped. Returns those written.
 * One statement with the rows as arrays: the same SQL text for one notice or for an organisation's every officer.
 */
export async function insertNotifications(db: Db, orgId: string, rows: NewNotification[]): Promise<{ id: string; userId: string; kind: string }[]> {
  if (rows.length === 0) return [];
  const col = <T>(f: (r: NewNotification) => T) => sql.param(rows.map(f));
  const written = await rowsOf<{ id: string; user_id: string; kind: string }>(
    db,
    sql`
    INSERT INTO notifications (org_id, user_id, kind, params, link, dedupe_key)
    SELECT ${orgId}::uuid, u, k, p::jsonb, l, d
    FROM unnest(${col((r) => r.userId)}::uuid[], ${col((r) => r.kind)}::text[], ${col((r) => JSON.stringify(r.params))}::text[],
      ${col((r) => r.link)}::text[], ${col((r) => r.dedupeKey)}::text[]) AS t(u, k, p, l, d)
    ON CONFLICT (org_id, user_id, dedupe_key) DO NOTHING
    RETURNING id, user_id, kind`,
  );
  return written.map((w) => ({ id: w.id, userId: w.user_id, kind: w.kind }));
}

export async function insertDeliveries(db: Db, orgId: string, rows: { notificationId: string; channel: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    INSERT INTO notification_deliveries (org_id, notification_id, channel)
    SELECT ${orgId}::uuid, n, c FROM unnest(${sql.param(rows.map((r) => r.notificationId))}::uuid[], ${sql.param(rows.map((r) => r.channel))}::text[]) AS t(n, c)`);
}

export async function listFor(db: Db, orgId: string, userId: string, limit: number, offset: number) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.orgId, orgId), eq(notifications.userId, userId)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .offset(offset);
}

export async function countFor(db: Db, orgId: string, userId: string): Promise<{ total: number; unread: number }> {
  const [row] = await db
    .select({ total: count(), unread: sql<number>`count(*) FILTER (WHERE ${notifications.readAt} IS NULL)::int` })
    .from(notifications)
    .where(and(eq(notifications.orgId, orgId), eq(notifications.userId, userId)));
  return { total: Number(row?.total ?? 0), unread: Number(row?.unread ?? 0) };
}

/** Marks the user's notifications read (the given ones, or all); returns how many changed. */
export async function markRead(db: Db, orgId: string, userId: string, ids: string[] | null): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(eq(notifications.orgId, orgId), eq(notifications.userId, userId), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/** Registers a device for push; the same endpoint registered again (or by another user of the organisation) moves to the caller. */
export async function saveSubscription(db: Db, v: { orgId: string; userId: string; endpoint: string; p256dh: string; auth: string; userAgent: string | null }) {
  const [row] = await db
    .insert(pushSubscriptions)
    .values(v)
    .onConflictDoUpdate({
      target: [pushSubscriptions.orgId, pushSubscriptions.endpoint],
      set: { userId: v.userId, p256dh: v.p256dh, auth: v.auth, userAgent: v.userAgent },
    })
    .returning({ id: pushSubscriptions.id });
  return row;
}

export async function deleteSubscription(db: Db, orgId: string, userId: string, endpoint: string): Promise<boolean> {
  const rows = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.orgId, orgId), eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)))
    .returning({ id: pushSubscriptions.id });
  return rows.length > 0;
}

export async function subscriptionCount(db: Db, orgId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.orgId, orgId), eq(pushSubscriptions.userId, userId)));
  return Number(row?.n ?? 0);
}
