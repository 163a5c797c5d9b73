import { sql, type SQL } from 'drizzle-orm';
import type { RequestKind } from '../../../domain/requests/states';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';

export const REQUEST_TABLE: Record<RequestKind, string> = {
  STATUS: 'day_statuses',
  MOVEMENT: 'movements',
  HOME: 'home_locations',
  JUSTIFICATION: 'justifications',
};

export type Assigned = { kind: RequestKind; id: string; user_id: string; reviewer_id: string | null; stage: number };

/** Which waiting requests to (re)assign: some of one kind, or every one whose reviewer depends on these users. */
export type AssignScope = { kind: RequestKind; ids: string[] } | { around: string[] };

/**
 * The one rule of who reviews a waiting request, written once: at stage 1 the officer's
 * supervisor; at stage 2 that supervisor's own supervisor (the pengesah), or the first
 * when there is none. Only an active user reviews; with nobody, `reviewer_id` is null.
 *
 * `{ around: users }` re-points every waiting request whose reviewer may have changed
 * when those users' supervisor or status changed: their own, their direct reports' and
 * their reports' reports' (stage 2). Returns the requests whose reviewer changed.
 */
export async function assignReviewers(db: Db, orgId: string, scope: AssignScope): Promise<Assigned[]> {
  const kinds = 'kind' in scope ? [scope.kind] : (Object.keys(REQUEST_TABLE) as RequestKind[]);
  if ('ids' in scope && scope.ids.length === 0) return [];
  const out: Assigned[] = [];
  for (const kind of kinds) {
    const which: SQL =
      'ids' in scope
        ? sql`r.id = ANY(${sql.param(scope.ids)}::uuid[])`
        : sql`(u.id = ANY(${sql.param(scope.around)}::uuid[]) OR u.supervisor_id = ANY(${sql.param(scope.around)}::uuid[]) OR s.supervisor_id = ANY(${sql.param(scope.around)}::uuid[]))`;
    out.push(
      ...(await rowsOf<Assigned>(
        db,
        sql`
      WITH target AS (
        SELECT r.id, CASE WHEN r.stage = 2 AND p.id IS NOT NULL THEN p.id ELSE sa.id END AS reviewer_id
        FROM ${sql.identifier(REQUEST_TABLE[kind])} r
          JOIN users u ON u.org_id = r.org_id AND u.id = r.user_id
          LEFT JOIN users s ON s.org_id = u.org_id AND s.id = u.supervisor_id
          LEFT JOIN users sa ON sa.org_id = s.org_id AND sa.id = s.id AND sa.status = 'ACTIVE'
          LEFT JOIN users p ON p.org_id = sa.org_id AND p.id = sa.supervisor_id AND p.status = 'ACTIVE'
        WHERE r.org_id = ${orgId} AND r.state = 'MENUNGGU' AND ${which})
      UPDATE ${sql.identifier(REQUEST_TABLE[kind])} r SET reviewer_id = t.reviewer_id
      FROM target t WHERE r.org_id = ${orgId} AND r.id = t.id AND (${'ids' in scope ? sql`true` : sql`r.reviewer_id IS DISTINCT FROM t.reviewer_id`})
      RETURNING ${kind}::text AS kind, r.id, r.user_id, r.reviewer_id, r.stage`,
      )),
    );
  }
  return out;
}
