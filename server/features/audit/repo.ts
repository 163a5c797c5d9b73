import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, users } from '../../db/schema';

export type AuditEntry = {
  orgId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  ip?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends one audit row; call it with the transaction that made the change. */
export async function recordAudit(db: Db, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    orgId: e.orgId,
    actorId: e.actorId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId ?? null,
    ip: e.ip ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
  });
}

export async function listAudit(db: Db, orgId: string, opts: { page: number; pageSize: number; action?: string }) {
  const where = and(eq(auditLog.orgId, orgId), opts.action ? eq(auditLog.action, opts.action) : undefined);
  // One after another: inside a request's transaction there is one connection.
  const items = await db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorId: auditLog.actorId,
        actorName: users.fullName,
        action: auditLog.action,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        ip: auditLog.ip,
        before: auditLog.before,
        after: auditLog.after,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize);
  const totals = await db.select({ n: count() }).from(auditLog).where(where);
  return { items, total: totals[0]?.n ?? 0 };
}
