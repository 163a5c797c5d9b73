import { doublePrecision, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { reviewColumns, reviewerIndex } from './approval-columns';
import { organisations } from './organisations';
import { users } from './users';

/**
 * Registered BDR (work from home) locations: the officer registers from the phone, the
 * supervisor approves (MENUNGGU → DILULUSKAN | DITOLAK); the newest approved one is used.
 */
export const homeLocations = pgTable(
  'home_locations',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    accuracy: doublePrecision('accuracy'),
    address: text('address'),
    ...reviewColumns(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('home_locations_org_user_idx').on(t.orgId, t.userId),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    reviewerIndex('home_locations_reviewer_idx', t),
  ],
);
