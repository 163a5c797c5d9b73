import { sql } from 'drizzle-orm';
import { boolean, date, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    state: text('state').notNull(),
    timeZone: text('time_zone').notNull().default('Asia/Kuala_Lumpur'),
    settings: jsonb('settings')
      .notNull()
      .default(sql`'{}'::jsonb`),
    onboardedOn: date('onboarded_on', { mode: 'string' })
      .notNull()
      .default(sql`CURRENT_DATE`),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organisations_code_uq').on(sql`lower(${t.code})`)],
);
