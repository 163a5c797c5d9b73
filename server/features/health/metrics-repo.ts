import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';

/** The states of a delivery still in the outbox: waiting, or claimed by a worker and being sent. */
export const OUTBOX_STATES = ['PENDING', 'SENDING'] as const;

/**
 * The notification outbox's depth per channel and state, across organisations (as the
 * owner, like the delivery worker). Only the rows still to send: SENT, GONE and FAILED
 * rows are final and grow without bound, so they are not counted on every scrape.
 */
export async function outboxDepth(db: Db): Promise<{ channel: string; state: string; count: number }[]> {
  const rows = await rowsOf<{ channel: string; state: string; count: number | string }>(
    db,
    sql`
    SELECT channel, state, count(*) AS count FROM notification_deliveries
    WHERE state IN (${sql.join(
      OUTBOX_STATES.map((s) => sql`${s}`),
      sql`, `,
    )})
    GROUP BY channel, state`,
  );
  return rows.map((r) => ({ channel: r.channel, state: r.state, count: Number(r.count) }));
}
