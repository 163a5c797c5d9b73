import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { dayStatuses, movements, punches, sites } from '../../db/schema';

/**
 * `tree(id)`: the users under `supervisorId` (direct reports, or with `all` the whole
 * sub-tree, 20 levels at most), for a `WITH RECURSIVE` clause. Every reading of "under
 * this supervisor" uses it.
 */
export function subtreeCte(orgId: string, supervisorId: string, all: boolean) {
  return sql`tree AS (
      SELECT id, 1 AS depth FROM users WHERE org_id = ${orgId} AND supervisor_id = ${supervisorId}
      UNION
      SELECT u.id, t.depth + 1 FROM users u JOIN tree t ON u.supervisor_id = t.id
      WHERE u.org_id = ${orgId} AND ${all} AND t.depth < 20
    )`;
}

export type TeamMember = {
  id: string;
  full_name: string;
  staff_no: string;
  unit_id: string | null;
  unit_name: string | null;
  duty_state: string;
  supervisor_name: string | null;
};

/** Active officers with unit and supervisor: the supervisor's direct reports, their whole sub-tree, or (`org`) the whole organisation. */
export async function teamOf(db: Db, orgId: string, supervisorId: string, scope: 'direct' | 'all' | 'org'): Promise<TeamMember[]> {
  return rowsOf<TeamMember>(
    db,
    sql`
    ${scope === 'org' ? sql`` : sql`WITH RECURSIVE ${subtreeCte(orgId, supervisorId, scope === 'all')}`}
    SELECT u.id, u.full_name, u.staff_no, u.unit_id, ou.name AS unit_name, u.duty_state, s.full_name AS supervisor_name
    FROM users u
    LEFT JOIN org_units ou ON ou.org_id = u.org_id AND ou.id = u.unit_id
    LEFT JOIN users s ON s.org_id = u.org_id AND s.id = u.supervisor_id
    WHERE u.org_id = ${orgId} AND u.status = 'ACTIVE' AND 'PEGAWAI' = ANY(u.roles)
      ${scope === 'org' ? sql`` : sql`AND u.id IN (SELECT id FROM tree)`}
    ORDER BY u.full_name`,
  );
}

export async function teamPunches(db: Db, orgId: string, userIds: string[], from: Date, to: Date) {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: punches.userId, at: punches.at, kind: punches.kind, place: punches.place, flags: punches.flags, siteName: sites.name })
    .from(punches)
    .leftJoin(sites, and(eq(sites.orgId, punches.orgId), eq(sites.id, punches.siteId)))
    .where(and(eq(punches.orgId, orgId), inArray(punches.userId, userIds), gte(punches.at, from), lt(punches.at, to)))
    .orderBy(asc(punches.at));
}

export async function teamStatuses(db: Db, orgId: string, userIds: string[], date: string) {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: dayStatuses.userId,
      code: dayStatuses.code,
      part: dayStatuses.part,
      dutyStart: dayStatuses.dutyStart,
      outOfStation: dayStatuses.outOfStation,
    })
    .from(dayStatuses)
    .where(and(eq(dayStatuses.orgId, orgId), inArray(dayStatuses.userId, userIds), eq(dayStatuses.date, date), eq(dayStatuses.state, 'DILULUSKAN')));
}

export async function teamMovements(db: Db, orgId: string, userIds: string[], date: string) {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: movements.userId,
      leaveAt: movements.leaveAt,
      expectedReturn: movements.expectedReturn,
      actualReturn: movements.actualReturn,
      state: movements.state,
      destination: movements.destination,
    })
    .from(movements)
    .where(and(eq(movements.orgId, orgId), inArray(movements.userId, userIds), eq(movements.date, date), inArray(movements.state, ['MENUNGGU', 'DILULUSKAN'])));
}
