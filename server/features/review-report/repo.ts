import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { subtreeCte } from '../team';

export type OverdueRow = {
  id: string;
  stage: number;
  updated_at: string | Date;
  issue_date: string;
  issue_code: string;
  officer_id: string;
  officer_name: string;
  officer_staff_no: string;
  reviewer_id: string | null;
  reviewer_name: string | null;
  reviewer_staff_no: string | null;
  reviewer_unit: string | null;
};

/**
 * Justifications of active officers waiting for review (MENUNGGU) since before `cutoff`,
 * oldest first, each with the reviewer it waits for (the stored `reviewer_id`: at stage 1
 * the officer's supervisor, at stage 2 the pengesah).
 * With `subtreeOf`, only those whose reviewer is that user or anyone under them.
 */
export async function overdueJustifications(db: Db, orgId: string, cutoff: Date, subtreeOf: string | null): Promise<OverdueRow[]> {
  const tree = subtreeOf ? sql`, ${subtreeCte(orgId, subtreeOf, true)}` : sql``;
  const inTree = subtreeOf ? sql`AND (w.reviewer_id = ${subtreeOf} OR w.reviewer_id IN (SELECT id FROM tree))` : sql``;
  return rowsOf<OverdueRow>(
    db,
    sql`
    WITH RECURSIVE waiting AS (
      SELECT j.id, j.stage, j.updated_at, i.date::text AS issue_date, i.code AS issue_code,
        o.id AS officer_id, o.full_name AS officer_name, o.staff_no AS officer_staff_no,
        j.reviewer_id
      FROM justifications j
      JOIN attendance_issues i ON i.org_id = j.org_id AND i.id = j.issue_id
      JOIN users o ON o.org_id = j.org_id AND o.id = j.user_id
      WHERE j.org_id = ${orgId} AND j.state = 'MENUNGGU' AND j.updated_at < ${cutoff.toISOString()}::timestamptz AND o.status = 'ACTIVE'
    )${tree}
    SELECT w.*, r.full_name AS reviewer_name, r.staff_no AS reviewer_staff_no, ru.name AS reviewer_unit
    FROM waiting w
    LEFT JOIN users r ON r.org_id = ${orgId} AND r.id = w.reviewer_id
    LEFT JOIN org_units ru ON ru.org_id = r.org_id AND ru.id = r.unit_id
    WHERE true ${inTree}
    ORDER BY w.updated_at, w.id`,
  );
}
