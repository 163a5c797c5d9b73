import { foreignKey, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { justifications } from './justifications';
import { organisations } from './organisations';

/**
 * The one document an officer attaches to a justification (a PDF or an image, checked by
 * its bytes, size-limited). Kept in the database so every server process serves it and it
 * is backed up with the rest; never served inline.
 */
export const justificationAttachments = pgTable(
  'justification_attachments',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    justificationId: uuid('justification_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('justification_attachments_uq').on(t.orgId, t.justificationId),
    foreignKey({ columns: [t.orgId, t.justificationId], foreignColumns: [justifications.orgId, justifications.id] }),
  ],
);
