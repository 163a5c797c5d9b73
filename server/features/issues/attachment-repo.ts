import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { justificationAttachments, justifications } from '../../db/schema';

/** Who may touch a justification's attachment: its officer, its reviewer (now, or the last one), the penyemak who supported it. */
export async function justificationPeople(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select({ userId: justifications.userId, state: justifications.state, reviewerId: justifications.reviewerId, checkedBy: justifications.checkedBy })
    .from(justifications)
    .where(and(eq(justifications.orgId, orgId), eq(justifications.id, id)))
    .limit(1);
  return row ?? null;
}

export type AttachmentMeta = { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string };

/** Stores the justification's one attachment, replacing the one before. */
export async function saveAttachment(
  db: Db,
  v: { orgId: string; justificationId: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; data: Buffer },
): Promise<AttachmentMeta> {
  const [row] = await db
    .insert(justificationAttachments)
    .values(v)
    .onConflictDoUpdate({
      target: [justificationAttachments.orgId, justificationAttachments.justificationId],
      set: { fileName: v.fileName, contentType: v.contentType, sizeBytes: v.sizeBytes, sha256: v.sha256, data: v.data, createdAt: sql`now()` },
    })
    .returning({
      id: justificationAttachments.id,
      fileName: justificationAttachments.fileName,
      contentType: justificationAttachments.contentType,
      sizeBytes: justificationAttachments.sizeBytes,
      sha256: justificationAttachments.sha256,
    });
  if (!row) throw new Error('attachment not written');
  return row;
}

export async function readAttachment(db: Db, orgId: string, justificationId: string) {
  const [row] = await db
    .select()
    .from(justificationAttachments)
    .where(and(eq(justificationAttachments.orgId, orgId), eq(justificationAttachments.justificationId, justificationId)));
  return row ?? null;
}

export async function deleteAttachment(db: Db, orgId: string, justificationId: string): Promise<boolean> {
  const rows = await db
    .delete(justificationAttachments)
    .where(and(eq(justificationAttachments.orgId, orgId), eq(justificationAttachments.justificationId, justificationId)))
    .returning({ id: justificationAttachments.id });
  return rows.length > 0;
}
