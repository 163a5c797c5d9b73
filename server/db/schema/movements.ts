import { date, doublePrecision, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { approvalColumns, reviewerIndex } from './approval-columns';
import { organisations } from './organisations';
import { users } from './users';

/**
 * Leaving the office during hours (pergerakan, RULES R18): from, expected return, where
 * and why; the supervisor decides; the actual return is recorded. States as day statuses.
 */
export const movements = pgTable(
  'movements',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    leaveAt: timestamp('leave_at', { withTimezone: true }).notNull(),
    expectedReturn: timestamp('expected_return', { withTimezone: true }).notNull(),
    actualReturn: timestamp('actual_return', { withTimezone: true }),
    destination: text('destination').notNull(),
    destLat: doublePrecision('dest_lat'),
    destLng: doublePrecision('dest_lng'),
    purpose: text('purpose').notNull(),
    ...approvalColumns(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('movements_org_user_date_idx').on(t.orgId, t.userId, t.date),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    reviewerIndex('movements_reviewer_idx', t),
  ],
);
