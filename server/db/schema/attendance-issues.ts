import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/**
 * An attendance issue of a closed day (RULES R21) that the officer may answer.
 * `state`: TERBUKA while the day still has it; GUGUR when a later evaluation no longer
 * finds it (an approved status, a corrected punch). One row per officer, date and code.
 */
export const attendanceIssues = pgTable(
  'attendance_issues',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    code: text('code').notNull(),
    minutes: integer('minutes'),
    rule: text('rule').notNull(),
    state: text('state').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('attendance_issues_day_code_uq').on(t.orgId, t.userId, t.date, t.code),
    index('attendance_issues_org_date_idx').on(t.orgId, t.date),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
  ],
);
