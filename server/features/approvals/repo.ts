import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';

export const APPROVAL_KINDS = ['STATUS', 'MOVEMENT', 'HOME', 'JUSTIFICATION'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

const TABLE: Record<ApprovalKind, string> = { STATUS: 'day_statuses', MOVEMENT: 'movements', HOME: 'home_locations', JUSTIFICATION: 'justifications' };

export type PendingRow = {
  kind: ApprovalKind; id: string; user_id: string; full_name: string; staff_no: string; created_at: string | Date;
  date: string | null; code: string | null; part: string | null; note: string | null;
  leave_at: string | Date | null; expected_return: string | Date | null; destination: string | null; purpose: string | null;
  lat: number | null; lng: number | null; accuracy: number | null; address: string | null;
  issue_code: string | null; issue_minutes: number | null; issue_rule: string | null; category: string | null;
  stage: number | null; checked_by_name: string | null; check_remark: string | null; has_attachment: boolean | null;
};

/**
 * Everything waiting for `supervisorId`, oldest first: statuses, movements, BDR homes and
 * justifications of their direct reports at the first review level, and the
 * justifications their reports supported (stage 2) of officers one level further down.
 */
export async function pendingFor(db: Db, orgId: string, supervisorId: string): Promise<PendingRow[]> {
  return rowsOf<PendingRow>(db, sql`
    WITH team AS (SELECT id, full_name, staff_no FROM users WHERE org_id = ${orgId} AND supervisor_id = ${supervisorId} AND status = 'ACTIVE'),
    second AS (
      SELECT u.id, u.full_name, u.staff_no FROM users u JOIN users s ON s.org_id = u.org_id AND s.id = u.supervisor_id
      WHERE u.org_id = ${orgId} AND s.supervisor_id = ${supervisorId} AND u.status = 'ACTIVE')
    SELECT 'STATUS' AS kind, s.id, s.user_id, t.full_name, t.staff_no, s.created_at, s.date::text AS date, s.code, s.part, s.note,
      NULL::timestamptz AS leave_at, NULL::timestamptz AS expected_return, NULL AS destination, NULL AS purpose, NULL::float8 AS lat, NULL::float8 AS lng, NULL::float8 AS accuracy, NULL AS address,
      NULL AS issue_code, NULL::int AS issue_minutes, NULL AS issue_rule, NULL AS category,
      NULL::int AS stage, NULL AS checked_by_name, NULL AS check_remark, NULL::boolean AS has_attachment
    FROM day_statuses s JOIN team t ON t.id = s.user_id WHERE s.org_id = ${orgId} AND s.state = 'MENUNGGU'
    UNION ALL
    SELECT 'MOVEMENT', m.id, m.user_id, t.full_name, t.staff_no, m.created_at, m.date::text, NULL, NULL, NULL,
      m.leave_at, m.expected_return, m.destination, m.purpose, m.dest_lat, m.dest_lng, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM movements m JOIN team t ON t.id = m.user_id WHERE m.org_id = ${orgId} AND m.state = 'MENUNGGU'
    UNION ALL
    SELECT 'HOME', h.id, h.user_id, t.full_name, t.staff_no, h.created_at, NULL, NULL, NULL, NULL,
      NULL, NULL, NULL, NULL, h.lat, h.lng, h.accuracy, h.address, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM home_locations h JOIN team t ON t.id = h.user_id WHERE h.org_id = ${orgId} AND h.state = 'MENUNGGU'
    UNION ALL
    SELECT 'JUSTIFICATION', j.id, j.user_id, t.full_name, t.staff_no, j.updated_at, i.date::text, NULL, NULL, j.text,
      NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, i.code, i.minutes, i.rule, j.category,
      j.stage, c.full_name, j.check_remark, EXISTS (SELECT 1 FROM justification_attachments a WHERE a.org_id = j.org_id AND a.justification_id = j.id)
    FROM justifications j JOIN attendance_issues i ON i.org_id = j.org_id AND i.id = j.issue_id
      JOIN (SELECT *, 1 AS at_stage FROM team UNION ALL SELECT *, 2 FROM second) t ON t.id = j.user_id AND t.at_stage = j.stage
      LEFT JOIN users c ON c.org_id = j.org_id AND c.id = j.checked_by
    WHERE j.org_id = ${orgId} AND j.state = 'MENUNGGU'
    ORDER BY created_at`);
}

export type FoundRequest = {
  id: string; user_id: string; state: string; date: string | null; supervisor_id: string | null;
  /** The supervisor's own supervisor: the pengesah when the organisation reviews in two levels. */
  second_id: string | null;
  /** Whether that person may review (an active supervisor); if not, the first level decides alone. */
  second_reviews: boolean;
  /** Justifications only: the review level it waits at. */
  stage: number | null;
  /** The issue a justification answers, or a status's code. */
  code: string | null;
};

/** The request with its officer's supervisor (and theirs), or null. */
export async function findRequest(db: Db, orgId: string, kind: ApprovalKind, id: string): Promise<FoundRequest | null> {
  const j = kind === 'JUSTIFICATION';
  const [row] = await rowsOf<FoundRequest>(db, sql`
    SELECT r.id, r.user_id, r.state, ${j ? sql`i.date::text` : kind === 'HOME' ? sql`NULL` : sql`r.date::text`} AS date,
      u.supervisor_id, s.supervisor_id AS second_id, coalesce(p.status = 'ACTIVE' AND 'PENYELIA' = ANY(p.roles), false) AS second_reviews,
      ${j ? sql`r.stage` : sql`NULL::int`} AS stage, ${j ? sql`i.code` : kind === 'STATUS' ? sql`r.code` : sql`NULL`} AS code
    FROM ${sql.identifier(TABLE[kind])} r JOIN users u ON u.org_id = r.org_id AND u.id = r.user_id
      LEFT JOIN users s ON s.org_id = u.org_id AND s.id = u.supervisor_id
      LEFT JOIN users p ON p.org_id = s.org_id AND p.id = s.supervisor_id
      ${j ? sql`JOIN attendance_issues i ON i.org_id = r.org_id AND i.id = r.issue_id` : sql``}
    WHERE r.org_id = ${orgId} AND r.id = ${id}`);
  return row ?? null;
}

/** The penyemak supports a justification: it stays waiting, now for the pengesah (stage 2). */
export async function forwardJustification(db: Db, orgId: string, id: string, by: string, remark: string | null): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(db, sql`
    UPDATE justifications SET stage = 2, checked_by = ${by}, checked_at = now(), check_remark = ${remark}
    WHERE org_id = ${orgId} AND id = ${id} AND state = 'MENUNGGU' AND stage = 1 RETURNING id`);
  return rows.length === 1;
}

/** Decides a request that is still waiting; false when it no longer waits (decided meanwhile). */
export async function decideRequest(db: Db, orgId: string, kind: ApprovalKind, id: string, state: string, by: string, note: string | null): Promise<boolean> {
  const set = kind === 'JUSTIFICATION' ? sql`state = ${state}, reviewer_id = ${by}, decided_at = now(), remark = ${note}, updated_at = now()`
    : kind === 'HOME' ? sql`state = ${state}, decided_by = ${by}, decided_at = now()`
      : sql`state = ${state}, decided_by = ${by}, decided_at = now(), decision_note = ${note}`;
  const rows = await rowsOf<{ id: string }>(db, sql`
    UPDATE ${sql.identifier(TABLE[kind])} SET ${set}
    WHERE org_id = ${orgId} AND id = ${id} AND state = 'MENUNGGU' RETURNING id`);
  return rows.length === 1;
}
