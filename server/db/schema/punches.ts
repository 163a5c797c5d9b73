import { sql } from 'drizzle-orm';
import { doublePrecision, foreignKey, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { sites } from './sites';
import { users } from './users';

/**
 * Clock-in/clock-out records (transaksi kehadiran). `at` is the server's time for online
 * punches. `kind`: what the officer's button said (the first online punch of the local
 * day is IN, later ones OUT), what an admin's correction says, or null when the engine
 * is to pair them (first in, last out). `flags`: LUAR_KAWASAN, TIADA_LOKASI, KETEPATAN_RENDAH, KELAJUAN_MUSTAHIL.
 * A site referenced by a punch cannot be deleted (deactivate it instead).
 */
export const punches = pgTable(
  'punches',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind'),
    source: text('source').notNull(),
    idempotencyKey: uuid('idempotency_key'),
    deviceTime: timestamp('device_time', { withTimezone: true }),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    accuracy: doublePrecision('accuracy'),
    siteId: uuid('site_id'),
    place: text('place').notNull(),
    flags: text('flags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    note: text('note'),
    reason: text('reason'),
    createdBy: uuid('created_by'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('punches_idempotency_uq').on(t.orgId, t.userId, t.idempotencyKey),
    index('punches_org_user_at_idx').on(t.orgId, t.userId, t.at),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.siteId], foreignColumns: [sites.orgId, sites.id] }),
  ],
);
