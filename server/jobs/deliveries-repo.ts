import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/raw';

export type ClaimedDelivery = {
  org_id: string;
  id: string;
  channel: string;
  attempts: number;
  notification_id: string;
  kind: string;
  params: Record<string, unknown>;
  link: string;
  user_id: string;
  email: string;
  language: string;
  /** Push: the devices already served by an earlier attempt. */
  delivered_to: string[];
};

/**
 * Takes up to `limit` deliveries that are due, for a lease of two minutes: another
 * process skips them (SKIP LOCKED) and, should this one die while sending, takes them
 * again when the lease ends. Runs as the owner, across organisations, like start-up.
 */
export async function claimDue(db: Db, limit: number): Promise<ClaimedDelivery[]> {
  return rowsOf<ClaimedDelivery>(
    db,
    sql`
    WITH due AS (
      SELECT org_id, id FROM notification_deliveries
      WHERE state IN ('PENDING', 'SENDING') AND next_attempt_at <= now()
      ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED),
    claimed AS (
      UPDATE notification_deliveries d SET state = 'SENDING', attempts = d.attempts + 1, next_attempt_at = now() + interval '2 minutes'
      FROM due WHERE d.org_id = due.org_id AND d.id = due.id
      RETURNING d.org_id, d.id, d.channel, d.attempts, d.notification_id, to_json(d.delivered_to) AS delivered_to)
    SELECT c.*, n.kind, n.params, n.link, n.user_id, u.email, u.language
    FROM claimed c JOIN notifications n ON n.org_id = c.org_id AND n.id = c.notification_id
      JOIN users u ON u.org_id = n.org_id AND u.id = n.user_id`,
  );
}

export async function subscriptionsOf(db: Db, orgId: string, userId: string) {
  return rowsOf<{ id: string; endpoint: string; p256dh: string; auth: string }>(
    db,
    sql`
    SELECT id, endpoint, p256dh, auth FROM push_subscriptions WHERE org_id = ${orgId} AND user_id = ${userId} ORDER BY created_at`,
  );
}

export async function dropSubscription(db: Db, orgId: string, id: string): Promise<void> {
  await db.execute(sql`DELETE FROM push_subscriptions WHERE org_id = ${orgId} AND id = ${id}`);
}

/** Records a device as served, at once, so no later attempt sends it the same message again. */
export async function markServed(db: Db, orgId: string, id: string, subscriptionId: string): Promise<void> {
  await db.execute(sql`
    UPDATE notification_deliveries SET delivered_to = array_append(delivered_to, ${subscriptionId}::uuid)
    WHERE org_id = ${orgId} AND id = ${id} AND NOT (${subscriptionId}::uuid = ANY (delivered_to))`);
}

export async function touchSubscription(db: Db, orgId: string, id: string): Promise<void> {
  await db.execute(sql`UPDATE push_subscriptions SET last_sent_at = now() WHERE org_id = ${orgId} AND id = ${id}`);
}

/** SENT or GONE (nowhere left to send), final. */
export async function finishDelivery(db: Db, orgId: string, id: string, state: 'SENT' | 'GONE'): Promise<void> {
  await db.execute(
    sql`UPDATE notification_deliveries SET state = ${state}, sent_at = CASE WHEN ${state} = 'SENT' THEN now() END, last_error = NULL WHERE org_id = ${orgId} AND id = ${id}`,
  );
}

/** A failed attempt: tried again after 1, 2, 4, 8 minutes, then FAILED with its last error. */
export async function failDelivery(db: Db, orgId: string, id: string, attempts: number, error: string, maxAttempts: number): Promise<void> {
  const final = attempts >= maxAttempts;
  await db.execute(sql`
    UPDATE notification_deliveries SET state = ${final ? 'FAILED' : 'PENDING'}, last_error = ${error.slice(0, 500)},
      next_attempt_at = now() + make_interval(mins => ${2 ** (attempts - 1)})
    WHERE org_id = ${orgId} AND id = ${id}`);
}
