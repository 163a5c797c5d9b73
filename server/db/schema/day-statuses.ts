import { boolean, date, foreignKey, index, pgTable, primaryKey, text, time, timestamp, uuid } from 'drizzle-orm/pg-core';
import { approvalColumns, reviewerIndex } from './approval-columns';
import { organisations } from './organisations';
import { users } from './users';

/**
 * An officer's status for a work date (RULES R17): BDR, Tugasan Luar, Kursus, Mesyuarat,
 * Cuti, Cuti Sakit; whole day or half. `state`: MENUNGGU (waiting for the supervisor),
 * DILULUSKAN, DITOLAK, DIBATALKAN. Only DILULUSKAN covers the day.
 */
export const dayStatuses = pgTable(
  'day_statuses',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    code: text('code').notNull(),
    part: text('part').notNull(),
    note: text('note'),
    /** TUGASAN_LUAR only (R30): when the outside duty began (null: before 07:30), and whether the officer returns from out of station (R19). */
    dutyStart: time('duty_start'),
    outOfStation: boolean('out_of_station').notNull().default(false),
    ...approvalColumns(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('day_statuses_org_user_date_idx').on(t.orgId, t.userId, t.date),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    reviewerIndex('day_statuses_reviewer_idx', t),
  ],
);
