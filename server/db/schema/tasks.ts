import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/**
 * Daily task notes (tugasan harian): what an officer worked on for a date, with time
 * spent (minutes, or start–end "HH:MM") and progress DIRANCANG | DALAM_TINDAKAN | SELESAI.
 * `copiedFrom`: the unfinished entry this one continues.
 */
export const tasks = pgTable(
  'tasks',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    details: text('details'),
    minutes: integer('minutes'),
    startTime: text('start_time'),
    endTime: text('end_time'),
    category: text('category').notNull(),
    progress: text('progress').notNull(),
    copiedFrom: uuid('copied_from'),
    /** The supervisor who assigned this task to the officer (null: the officer's own entry). */
    assignedBy: uuid('assigned_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('tasks_org_user_date_idx').on(t.orgId, t.userId, t.date),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
  ],
);

/** A supervisor's (or the officer's) remark on one task entry. */
export const taskComments = pgTable(
  'task_comments',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    taskId: uuid('task_id').notNull(),
    authorId: uuid('author_id').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('task_comments_task_idx').on(t.orgId, t.taskId, t.createdAt),
    foreignKey({ columns: [t.orgId, t.taskId], foreignColumns: [tasks.orgId, tasks.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.authorId], foreignColumns: [users.orgId, users.id] }),
  ],
);

/** The supervisor marked an officer's tasks of a date as reviewed. */
export const taskDayReviews = pgTable(
  'task_day_reviews',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    reviewedBy: uuid('reviewed_by').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId, t.date] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.reviewedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);
