import { boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

/** Places officers may punch from: a circle (centre + radius) or a polygon (RULES R21). */
export const sites = pgTable(
  'sites',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    address: text('address'),
    kind: text('kind').notNull(),
    centreLat: doublePrecision('centre_lat'),
    centreLng: doublePrecision('centre_lng'),
    radiusMeters: integer('radius_meters'),
    polygon: jsonb('polygon'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index('sites_org_name_idx').on(t.orgId, t.name)],
);
