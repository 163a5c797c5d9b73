import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The deployment's own keys, not an organisation's (no org_id, no row-level security):
 * e.g. `vapid`, the Web Push key pair generated on first start and shared by every process.
 */
export const serverKeys = pgTable('server_keys', {
  name: text('name').primaryKey(),
  value: jsonb('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
