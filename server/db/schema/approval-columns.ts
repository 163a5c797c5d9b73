import { text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The columns of a request the supervisor decides (day statuses, movements): `state`
 * MENUNGGU → DILULUSKAN | DITOLAK, or DIBATALKAN by the officer; who decided, when, why.
 */
export function approvalColumns() {
  return {
    state: text('state').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  };
}
