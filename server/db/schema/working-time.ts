import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgUnits } from './org-units';
import { organisations } from './organisations';
import { users } from './users';

/**
 * A named schedule of an organisation (RULES §3, R7–R14): the rules command's `schedule`
 * shape as columns. WBF has only its grace; FIXED and SHIFT have start and end ("HH:MM",
 * an end at or before the start is the next day, R32) and rests; SHIFT has the pairing
 * margins (null: 4 h before, 6 h after). Deactivated rather than deleted once in use.
 */
export const workSchedules = pgTable(
  'work_schedules',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    rests: jsonb('rests')
      .notNull()
      .default(sql`'[]'::jsonb`),
    graceMinutes: integer('grace_minutes').notNull().default(0),
    marginBeforeMinutes: integer('margin_before_minutes'),
    marginAfterMinutes: integer('margin_after_minutes'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    check(
      'work_schedules_type_ck',
      sql`${t.type} IN ('WBF', 'FIXED', 'SHIFT') AND (${t.type} = 'WBF' OR (${t.startTime} IS NOT NULL AND ${t.endTime} IS NOT NULL))`,
    ),
  ],
);

/** A cycle of N days (7 weekly, 14, 28, 4-on-4-off…) anchored at a date: day 0 is the anchor. */
export const workPatterns = pgTable(
  'work_patterns',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    anchor: date('anchor', { mode: 'string' }).notNull(),
    cycleDays: integer('cycle_days').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), check('work_patterns_cycle_ck', sql`${t.cycleDays} BETWEEN 1 AND 366`)],
);

/** One day of a pattern's cycle: a schedule, or off (null). */
export const workPatternDays = pgTable(
  'work_pattern_days',
  {
    orgId: uuid('org_id').notNull(),
    patternId: uuid('pattern_id').notNull(),
    dayIndex: integer('day_index').notNull(),
    scheduleId: uuid('schedule_id'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.patternId, t.dayIndex] }),
    foreignKey({ columns: [t.orgId, t.patternId], foreignColumns: [workPatterns.orgId, workPatterns.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.scheduleId], foreignColumns: [workSchedules.orgId, workSchedules.id] }),
    index('work_pattern_days_schedule_idx').on(t.orgId, t.scheduleId),
  ],
);

/**
 * A schedule or pattern in force from `from` to `to` (open when null) at one level:
 * the organisation default (no unit, no user), a unit and its sub-tree, or one officer.
 * Two assignments of one level and target never overlap (the trigger of migration 0011).
 */
export const scheduleAssignments = pgTable(
  'schedule_assignments',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    scheduleId: uuid('schedule_id'),
    patternId: uuid('pattern_id'),
    unitId: uuid('unit_id'),
    userId: uuid('user_id'),
    from: date('from', { mode: 'string' }).notNull(),
    to: date('to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.scheduleId], foreignColumns: [workSchedules.orgId, workSchedules.id] }),
    foreignKey({ columns: [t.orgId, t.patternId], foreignColumns: [workPatterns.orgId, workPatterns.id] }),
    foreignKey({ columns: [t.orgId, t.unitId], foreignColumns: [orgUnits.orgId, orgUnits.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    index('schedule_assignments_target_idx').on(t.orgId, t.userId, t.unitId, t.from),
    check('schedule_assignments_what_ck', sql`(${t.scheduleId} IS NULL) <> (${t.patternId} IS NULL)`),
    check('schedule_assignments_level_ck', sql`${t.unitId} IS NULL OR ${t.userId} IS NULL`),
    check('schedule_assignments_range_ck', sql`${t.to} IS NULL OR ${t.to} >= ${t.from}`),
  ],
);

/** A roster cell: the officer works that date under the schedule, or is off (null), whatever the weekend (R14). */
export const rosterEntries = pgTable(
  'roster_entries',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    scheduleId: uuid('schedule_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId, t.date] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.scheduleId], foreignColumns: [workSchedules.orgId, workSchedules.id] }),
    index('roster_entries_schedule_idx').on(t.orgId, t.scheduleId),
  ],
);
