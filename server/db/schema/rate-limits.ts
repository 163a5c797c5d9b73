import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Request counts per key (e.g. `login:203.0.113.7`) and fixed window, shared by every
 * server process so N processes do not allow N times the limit. Old windows are deleted
 * by the jobs. Deployment data, not an organisation's (no row-level security).
 */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
