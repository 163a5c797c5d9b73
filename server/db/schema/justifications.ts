import { foreignKey, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { reviewColumns, reviewerIndex } from './approval-columns';
import { attendanceIssues } from './attendance-issues';
import { organisations } from './organisations';

/**
 * The officer's answer to an attendance issue (RULES R22): category and text. `state`:
 * MENUNGGU (waiting for review), PERLU_MAKLUMAT (the reviewer asks for more), DITERIMA,
 * DITOLAK, DIBATALKAN (withdrawn). Only DITERIMA takes the offence out of the card count.
 * With two review levels the penyemak's support moves it to stage 2 for the pengesah.
 */
export const justifications = pgTable(
  'justifications',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    issueId: uuid('issue_id').notNull(),
    userId: uuid('user_id').notNull(),
    category: text('category').notNull(),
    text: text('text').notNull(),
    /** Stage 1: waiting for the penyemak (or the only reviewer); 2: the penyemak supported it, waiting for the pengesah. */
    ...reviewColumns(),
    /** The penyemak's step when the organisation reviews in two levels. */
    checkedBy: uuid('checked_by'),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    checkRemark: text('check_remark'),
    /** Who made the final decision. */
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    remark: text('remark'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('justifications_issue_uq').on(t.orgId, t.issueId),
    foreignKey({ columns: [t.orgId, t.issueId], foreignColumns: [attendanceIssues.orgId, attendanceIssues.id] }),
    reviewerIndex('justifications_reviewer_idx', t),
  ],
);
