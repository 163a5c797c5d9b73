import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { justificationAttachments } from '../../db/schema';

/** A justification with who may read its attachment: the officer, their supervisor (penyemak) and theirs (pengesah). */
export async function justificationWithReviewers(db: Db, orgId: string, id: string) {
  const [row] = await rowsOf<{ id: string; user_id: string; state: string; supervisor_id: string | null; second_id: string | null }>(db, sql`
    SELECT j.id, j.user_id, j.state, u.supervisor_id, s.supervisor_id AS second_id
    FROM justifications j JOIN users u ON u.org_id = j.org_id AND u.id = j.user_id
      LEFT JOIN users s ON s.org_id = u.org_id AND s.id = u.supervisor_id
    WHERE j.org_id = ${orgId} AND j.id = ${id}`);
  return row ?? null;
}

export type AttachmentMeta = { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string };

/** Stores the justification's one attachment, replacing the one before. */
export async function saveAttachment(db: Db, v: { orgId: string; justificationId: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; data: Buffer }): Promise<AttachmentMeta> {
  const [row] = await db.insert(justificationAttachments).values(v).onConflictDoUpdate({
    target: [justificationAttachments.orgId, justificationAttachments.justificationId],
    set: { fileName: v.fileName, contentType: v.contentType, sizeBytes: v.sizeBytes, sha256: v.sha256, data: v.data, createdAt: sql`now()` },
  }).returning({ id: justificationAttachments.id, fileName: justificationAttachments.fileName, contentType: justificationAttachments.contentType, sizeBytes: justificationAttachments.sizeBytes, sha256: justificationAttachments.sha256 });
  if (!row) throw new Error('attachment not written');
  return row;
}

export async function readAttachment(db: Db, orgId: string, justificationId: string) {
  const [row] = await db.select().from(justificationAttachments)
    .where(and(eq(justificationAttachments.orgId, orgId), eq(justificationAttachments.justificationId, justificationId)));
  return row ?? null;
}

export async function attachmentMeta(db: Db, orgId: string, justificationIds: string[]) {
  if (justificationIds.length === 0) return new Map<string, { fileName: string; contentType: string; sizeBytes: number }>();
  const rows = await db.select({ justificationId: justificationAttachments.justificationId, fileName: justificationAttachments.fileName, contentType: justificationAttachments.contentType, sizeBytes: justificationAttachments.sizeBytes })
    .from(justificationAttachments)
    .where(and(eq(justificationAttachments.orgId, orgId), sql`${justificationAttachments.justificationId} IN (${sql.join(justificationIds.map((id) => sql`${id}`), sql`, `)})`));
  return new Map(rows.map((r) => [r.justificationId, { fileName: r.fileName, contentType: r.contentType, sizeBytes: r.sizeBytes }]));
}

export async function deleteAttachment(db: Db, orgId: string, justificationId: string): Promise<boolean> {
  const rows = await db.delete(justificationAttachments)
    .where(and(eq(justificationAttachments.orgId, orgId), eq(justificationAttachments.justificationId, justificationId))).returning({ id: justificationAttachments.id });
  return rows.length > 0;
}
