import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { auditLog } from '../../db/schema';

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

/** Appends audit rows (one statement for a whole set); call it with the transaction that made the change. */
export async function recordAudit(db: Db, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await db.insert(auditLog).values(
    list.map((e) => ({
      orgId: e.orgId,
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId ?? null,
      ip: e.ip ?? null,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  );
}

export type AuditFilter = { page: number; pageSize: number; action?: string; from?: string; to?: string; personId?: string; timeZone: string };

export type AuditListRow = {
  id: number;
  at: Date | string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
  target_user_id: string | null;
  target_name: string | null;
  total: number | string;
};

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * The organisation's audit log, newest first, with the actor's name and the target's: the
 * person a row is about (a user, or the owner of a punch, status, movement, home,
 * justification, task) or the unit, site or organisation by name (a deleted one by the
 * name it had). Filtered by action, by local dates in the organisation's zone, and by a
 * person who either acted or was acted upon.
 */
export async function listAudit(db: Db, orgId: string, f: AuditFilter): Promise<{ items: AuditListRow[]; total: number }> {
  const rows = await rowsOf<AuditListRow>(
    db,
    sql`
    WITH base AS (
      SELECT a.*, CASE WHEN a.entity_id ~ ${UUID} THEN a.entity_id::uuid END AS eid
      FROM audit_log a
      WHERE a.org_id = ${orgId}
        ${f.action ? sql`AND a.action = ${f.action}` : sql``}
        ${f.from ? sql`AND a.at >= (${f.from}::date)::timestamp AT TIME ZONE ${f.timeZone}` : sql``}
        ${f.to ? sql`AND a.at < (${f.to}::date + 1)::timestamp AT TIME ZONE ${f.timeZone}` : sql``}
    ), targeted AS (
      SELECT b.*, CASE b.entity_type
          WHEN 'user' THEN b.eid
          WHEN 'task_day_review' THEN b.eid
          WHEN 'attendance_card' THEN b.eid
          WHEN 'push_subscription' THEN b.actor_id
          WHEN 'punch' THEN (SELECT x.user_id FROM punches x WHERE x.org_id = b.org_id AND x.id = b.eid)
          WHEN 'day_status' THEN (SELECT x.user_id FROM day_statuses x WHERE x.org_id = b.org_id AND x.id = b.eid)
          WHEN 'status' THEN (SELECT x.user_id FROM day_statuses x WHERE x.org_id = b.org_id AND x.id = b.eid)
          WHEN 'movement' THEN (SELECT x.user_id FROM movements x WHERE x.org_id = b.org_id AND x.id = b.eid)
          WHEN 'home' THEN (SELECT x.user_id FROM home_locations x WHERE x.org_id = b.org_id AND x.id = b.eid)
          WHEN 'home_location' THEN (SELECT x.user_id FROM home_locations x WHERE x.org_id = b.org_id AND x.id = b.eid)
          WHEN 'justification' THEN (SELECT x.user_id FROM justifications x WHERE x.org_id = b.org_id AND x.id = b.eid)
          WHEN 'task' THEN (SELECT x.user_id FROM tasks x WHERE x.org_id = b.org_id AND x.id = b.eid)
          WHEN 'task_comment' THEN (SELECT k.user_id FROM task_comments x JOIN tasks k ON k.org_id = x.org_id AND k.id = x.task_id WHERE x.org_id = b.org_id AND x.id = b.eid)
        END AS target_user_id
      FROM base b
    )
    SELECT t.id, t.at, t.actor_id, actor.full_name AS actor_name, t.action, t.entity_type, t.entity_id, t.ip, t.before, t.after,
      t.target_user_id,
      coalesce(target.full_name, CASE t.entity_type
          WHEN 'unit' THEN coalesce((SELECT u.name FROM org_units u WHERE u.org_id = t.org_id AND u.id = t.eid), t.before->>'name', t.after->>'name')
          WHEN 'site' THEN coalesce((SELECT s.name FROM sites s WHERE s.org_id = t.org_id AND s.id = t.eid), t.before->>'name', t.after->>'name')
          WHEN 'organisation' THEN (SELECT o.name FROM organisations o WHERE o.id = t.eid)
        END) AS target_name,
      count(*) OVER () AS total
    FROM targeted t
      LEFT JOIN users actor ON actor.org_id = t.org_id AND actor.id = t.actor_id
      LEFT JOIN users target ON target.org_id = t.org_id AND target.id = t.target_user_id
    ${f.personId ? sql`WHERE (t.actor_id = ${f.personId} OR t.target_user_id = ${f.personId})` : sql``}
    ORDER BY t.at DESC, t.id DESC
    LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
  );
  // Past the last page there are no rows to carry the total: count it then.
  const total = rows[0] ? Number(rows[0].total) : f.page > 1 ? await countAudit(db, orgId, { ...f, page: 1, pageSize: 1 }) : 0;
  return { items: rows, total };
}

async function countAudit(db: Db, orgId: string, f: AuditFilter): Promise<number> {
  return (await listAudit(db, orgId, f)).total;
}
