import { foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/**
 * Attendance card history (RULES R24–R27): the card each officer holds after a month was
 * counted on the 1st of the next, with where it came from and the offence days behind it.
 */
export const attendanceCards = pgTable(
  'attendance_cards',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id').notNull(),
    month: text('month').notNull(),
    fromCard: text('from_card').notNull(),
    card: text('card').notNull(),
    offenceDays: integer('offence_days').notNull(),
    offenceDates: jsonb('offence_dates').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId, t.month] }), foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] })],
);

/** Months whose cards were counted, per organisation: the card job's ledger. */
export const cardRuns = pgTable(
  'card_runs',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    month: text('month').notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
    officers: integer('officers').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.month] })],
);
