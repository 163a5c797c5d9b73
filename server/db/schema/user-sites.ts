import { foreignKey, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { sites } from './sites';
import { users } from './users';

/** Sites an officer may punch at. An officer with none may punch at any active site of the organisation. */
export const userSites = pgTable(
  'user_sites',
  {
    orgId: uuid('org_id').notNull(),
    userId: uuid('user_id').notNull(),
    siteId: uuid('site_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId, t.siteId] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.siteId], foreignColumns: [sites.orgId, sites.id] }).onDelete('cascade'),
  ],
);
