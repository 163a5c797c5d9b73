import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { orgUnits } from './org-units';

/**
 * People. `org_id` is null only for platform administrators (PENTADBIR_SISTEM),
 * who belong to no agency and may have no NRIC or gender on record. Email and NRIC
 * are unique across the platform.
 */
export const users = pgTable(
  'users',
  {
    orgId: uuid('org_id').references(() => organisations.id),
    id: uuid('id').primaryKey().defaultRandom(),
    fullName: text('full_name').notNull(),
    nric: text('nric'),
    staffNo: text('staff_no').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    position: text('position'),
    grade: text('grade'),
    gender: text('gender'),
    unitId: uuid('unit_id'),
    supervisorId: uuid('supervisor_id'),
    dutyState: text('duty_state').notNull(),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text('status').notNull().default('ACTIVE'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    language: text('language').notNull().default('ms-MY'),
    /** Per channel and event, e.g. { "email": { "reminders": false } }; used by notifications. */
    notificationPrefs: jsonb('notification_prefs').notNull().default({}),
    passwordHash: text('password_hash').notNull(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_org_id_uq').on(t.orgId, t.id),
    uniqueIndex('users_email_uq').on(sql`lower(${t.email})`),
    uniqueIndex('users_nric_uq').on(t.nric),
    uniqueIndex('users_staff_no_uq').on(t.orgId, t.staffNo),
    index('users_org_name_idx').on(t.orgId, t.fullName),
    index('users_org_supervisor_idx').on(t.orgId, t.supervisorId),
    foreignKey({ columns: [t.orgId, t.unitId], foreignColumns: [orgUnits.orgId, orgUnits.id] }),
    foreignKey({ columns: [t.orgId, t.supervisorId], foreignColumns: [t.orgId, t.id] }),
  ],
);
