import { sql } from 'drizzle-orm';
import { REQUEST_KINDS, type RequestKind } from '../../../domain/requests/states';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { REQUEST_TABLE } from '../requests/service';

export const APPROVAL_KINDS = REQUEST_KINDS;
export type ApprovalKind = RequestKind;

export type PendingRow = {
  kind: ApprovalKind;
  id: string;
  user_id: string;
  full_name: string;
  staff_no: string;
  created_at: string | Date;
  date: string | null;
  code: string | null;
  part: string | null;
  note: string | null;
  leave_at: string | Date | null;
  expected_return: string | Date | null;
  destination: string | null;
  purpose: string | null;
  lat: number | null;
  lng: number | null;
  accuracy: number | null;
  address: string | null;
  issue_code: string | null;
  issue_minutes: number | null;
  issue_rule: string | null;
  category: string | null;
  stage: number;
  checked_by_name: string | null;
  check_remark: string | null;
  has_attachment: boolean | null;
};

/**
 * Everything waiting for `reviewerId`, oldest first: the statuses, movements, BDR homes
 * and justifications whose stored reviewer they are (the `*_reviewer_idx` indexes).
 */
export async function pendingFor(db: Db, orgId: string, reviewerId: string): Promise<PendingRow[]> {
  return rowsOf<PendingRow>(
    db,
    sql`
    SELECT 'STATUS' AS kind, s.id, s.user_id, u.full_name, u.staff_no, s.created_at, s.date::text AS date, s.code, s.part, s.note,
      NULL::timestamptz AS leave_at, NULL::timestamptz AS expected_return, NULL AS destination, NULL AS purpose, NULL::float8 AS lat, NULL::float8 AS lng, NULL::float8 AS accuracy, NULL AS address,
      NULL AS issue_code, NULL::int AS issue_minutes, NULL AS issue_rule, NULL AS category,
      s.stage, NULL AS checked_by_name, NULL AS check_remark, NULL::boolean AS has_attachment
    FROM day_statuses s JOIN users u ON u.org_id = s.org_id AND u.id = s.user_id
    WHERE s.org_id = ${orgId} AND s.state = 'MENUNGGU' AND s.reviewer_id = ${reviewerId}
    UNION ALL
    SELECT 'MOVEMENT', m.id, m.user_id, u.full_name, u.staff_no, m.created_at, m.date::text, NULL, NULL, NULL,
      m.leave_at, m.expected_return, m.destination, m.purpose, m.dest_lat, m.dest_lng, NULL, NULL, NULL, NULL, NULL, NULL, m.stage, NULL, NULL, NULL
    FROM movements m JOIN users u ON u.org_id = m.org_id AND u.id = m.user_id
    WHERE m.org_id = ${orgId} AND m.state = 'MENUNGGU' AND m.reviewer_id = ${reviewerId}
    UNION ALL
    SELECT 'HOME', h.id, h.user_id, u.full_name, u.staff_no, h.created_at, NULL, NULL, NULL, NULL,
      NULL, NULL, NULL, NULL, h.lat, h.lng, h.accuracy, h.address, NULL, NULL, NULL, NULL, h.stage, NULL, NULL, NULL
    FROM home_locations h JOIN users u ON u.org_id = h.org_id AND u.id = h.user_id
    WHERE h.org_id = ${orgId} AND h.state = 'MENUNGGU' AND h.reviewer_id = ${reviewerId}
    UNION ALL
    SELECT 'JUSTIFICATION', j.id, j.user_id, u.full_name, u.staff_no, j.updated_at, i.date::text, NULL, NULL, j.text,
      NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, i.code, i.minutes, i.rule, j.category,
      j.stage, c.full_name, j.check_remark, EXISTS (SELECT 1 FROM justification_attachments a WHERE a.org_id = j.org_id AND a.justification_id = j.id)
    FROM justifications j JOIN attendance_issues i ON i.org_id = j.org_id AND i.id = j.issue_id
      JOIN users u ON u.org_id = j.org_id AND u.id = j.user_id
      LEFT JOIN users c ON c.org_id = j.org_id AND c.id = j.checked_by
    WHERE j.org_id = ${orgId} AND j.state = 'MENUNGGU' AND j.reviewer_id = ${reviewerId}
    ORDER BY created_at`,
  );
}

export type FoundRequest = {
  kind: ApprovalKind;
  id: string;
  user_id: string;
  state: string;
  stage: number;
  /** Who reviews it now (kept once decided: who reviewed it last). */
  reviewer_id: string | null;
  date: string | null;
  /** The issue a justification answers, or a status's code. */
  code: string | null;
};

/** Requests of one kind by id, with what deciding them needs; missing ids are simply absent. */
export async function findRequests(db: Db, orgId: string, kind: ApprovalKind, ids: string[]): Promise<FoundRequest[]> {
  if (ids.length === 0) return [];
  const j = kind === 'JUSTIFICATION';
  return rowsOf<FoundRequest>(
    db,
    sql`
    SELECT ${kind}::text AS kind, r.id, r.user_id, r.state, r.stage, r.reviewer_id,
      ${j ? sql`i.date::text` : kind === 'HOME' ? sql`NULL` : sql`r.date::text`} AS date,
      ${j ? sql`i.code` : kind === 'STATUS' ? sql`r.code` : sql`NULL`} AS code
    FROM ${sql.identifier(REQUEST_TABLE[kind])} r
      ${j ? sql`JOIN attendance_issues i ON i.org_id = r.org_id AND i.id = r.issue_id` : sql``}
    WHERE r.org_id = ${orgId} AND r.id = ANY(${sql.param(ids)}::uuid[])`,
  );
}

/** Whether `userId` has an active supervisor: someone to pass a supported justification on to. */
export async function hasActiveSupervisor(db: Db, orgId: string, userId: string): Promise<boolean> {
  const [row] = await rowsOf<{ yes: boolean }>(
    db,
    sql`
    SELECT EXISTS (SELECT 1 FROM users u JOIN users s ON s.org_id = u.org_id AND s.id = u.supervisor_id AND s.status = 'ACTIVE'
      WHERE u.org_id = ${orgId} AND u.id = ${userId}) AS yes`,
  );
  return row?.yes ?? false;
}

/** The penyemak supports justifications: they stay waiting, now at stage 2 (re-pointed to the pengesah by the caller). Returns the ids moved. */
export async function forwardJustifications(db: Db, orgId: string, ids: string[], by: string, remark: string | null): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`
    UPDATE justifications SET stage = 2, checked_by = ${by}, checked_at = now(), check_remark = ${remark}
    WHERE org_id = ${orgId} AND id = ANY(${sql.param(ids)}::uuid[]) AND state = 'MENUNGGU' AND stage = 1 AND reviewer_id = ${by} RETURNING id`,
  );
  return rows.map((r) => r.id);
}

/** Decides waiting requests of one kind that `by` reviews, in one statement; returns the ids decided (fewer when some were decided meanwhile). */
export async function decideRequests(
  db: Db,
  orgId: string,
  kind: ApprovalKind,
  ids: string[],
  state: string,
  by: string,
  note: string | null,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const set =
    kind === 'JUSTIFICATION'
      ? sql`state = ${state}, decided_by = ${by}, decided_at = now(), remark = ${note}, updated_at = now()`
      : kind === 'HOME'
        ? sql`state = ${state}, decided_by = ${by}, decided_at = now()`
        : sql`state = ${state}, decided_by = ${by}, decided_at = now(), decision_note = ${note}`;
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`
    UPDATE ${sql.identifier(REQUEST_TABLE[kind])} SET ${set}
    WHERE org_id = ${orgId} AND id = ANY(${sql.param(ids)}::uuid[]) AND state = 'MENUNGGU' AND reviewer_id = ${by} RETURNING id`,
  );
  return rows.map((r) => r.id);
}
