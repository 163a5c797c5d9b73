import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/**
 * What a user is told (the in-app list): the kind of message and its parameters, rendered
 * in the reader's language; `link` is the page it opens. `dedupeKey` makes an event told
 * once however many processes notice it (e.g. `remind-in:2026-11-25`).
 */
export const notifications = pgTable(
  'notifications',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    params: jsonb('params').notNull().default({}),
    link: text('link').notNull(),
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('notifications_user_idx').on(t.orgId, t.userId, t.createdAt),
    uniqueIndex('notifications_dedupe_uq').on(t.orgId, t.userId, t.dedupeKey),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
  ],
);

/**
 * A notification to carry by push or email: the outbox the delivery worker drains.
 * state PENDING → SENT | FAILED (after the last attempt) | GONE (no device or address left).
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    notificationId: uuid('notification_id').notNull(),
    channel: text('channel').notNull(),
    state: text('state').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    /** Push: the devices (push_subscriptions ids) already served, so a retry sends only to the others. */
    deliveredTo: uuid('delivered_to')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('notification_deliveries_due_idx').on(t.orgId, t.state, t.nextAttemptAt),
    foreignKey({ columns: [t.orgId, t.notificationId], foreignColumns: [notifications.orgId, notifications.id] }),
  ],
);

/** A browser or phone that agreed to receive Web Push for a user; removed when its push service answers 404/410. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('push_subscriptions_endpoint_uq').on(t.orgId, t.endpoint),
    index('push_subscriptions_user_idx').on(t.orgId, t.userId),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
  ],
);
