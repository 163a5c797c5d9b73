import { sql } from 'drizzle-orm';
import { index, integer, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { RequestState } from '../../../domain/requests/states';

/**
 * Who reviews a request now (domain/requests): set when it is created, moved on at the
 * second review level, re-pointed when the officer's supervisor changes, cleared once it
 * no longer waits. Queues, digests, the overdue report and attachment access read it.
 */
export function reviewColumns() {
  return {
    /** domain/requests/states.ts: the one enum of request states. */
    state: text('state').$type<RequestState>().notNull(),
    reviewerId: uuid('reviewer_id'),
    /** 1: the officer's supervisor; 2: (justifications, two review levels) the supervisor's supervisor. */
    stage: integer('stage').notNull().default(1),
  };
}

/** The index every "what waits for me" read uses: waiting requests by their current reviewer. */
export function reviewerIndex(name: string, t: { orgId: AnyPgColumn; reviewerId: AnyPgColumn }) {
  return index(name)
    .on(t.orgId, t.reviewerId)
    .where(sql`state = 'MENUNGGU'`);
}

/**
 * The columns of a request the supervisor decides (day statuses, movements): `state`
 * (domain/requests/states.ts) MENUNGGU → DILULUSKAN | DITOLAK, or DIBATALKAN by the
 * officer; who reviews it now; who decided, when, why.
 */
export function approvalColumns() {
  return {
    ...reviewColumns(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  };
}
