import { boolean, date, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/**
 * A closed work date of one officer (RULES R20): the rules engine's record, written by
 * the day-close job and rewritten when a late change reaches the day. `issues` is the
 * engine's list; the rows of `attendance_issues` are what officers answer.
 */
export const dayRecords = pgTable(
  'day_records',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    dayType: text('day_type').notNull(),
    status: text('status').notNull(),
    holiday: text('holiday'),
    effectiveStart: text('effective_start'),
    requiredEnd: text('required_end'),
    checkIn: timestamp('check_in', { withTimezone: true }),
    checkOut: timestamp('check_out', { withTimezone: true }),
    workedMinutes: integer('worked_minutes').notNull(),
    lateMinutes: integer('late_minutes').notNull(),
    earlyMinutes: integer('early_minutes').notNull(),
    workedOnRestDay: boolean('worked_on_rest_day').notNull(),
    issues: jsonb('issues').notNull(),
    /** The schedule the date was judged under, as it was then (name, WBF|FIXED|SHIFT, planned start and end; null times for WBF). */
    scheduleName: text('schedule_name'),
    scheduleType: text('schedule_type'),
    plannedStart: text('planned_start'),
    plannedEnd: text('planned_end'),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId, t.date] }), foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] })],
);

/** When each organisation's work date was closed (the job's own ledger, for catch-up at start). */
export const dayCloses = pgTable(
  'day_closes',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    date: date('date', { mode: 'string' }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }).notNull().defaultNow(),
    officers: integer('officers').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.date] })],
);

/**
 * A day close under way: officers are closed in chunks ordered by id, each chunk
 * committed with the id it reached, so a close that stopped half-way resumes after it.
 * The row goes when the close is recorded in `day_closes`.
 */
export const dayCloseProgress = pgTable(
  'day_close_progress',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    date: date('date', { mode: 'string' }).notNull(),
    lastUserId: uuid('last_user_id').notNull(),
    officers: integer('officers').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.date] })],
);
