import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/raw';

/** Active officers with no punch in [dayStart, now) who were not yet reminded today. */
export async function notCheckedIn(db: Db, orgId: string, dayStart: Date, now: Date, dedupeKey: string): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`
    SELECT u.id FROM users u
    WHERE u.org_id = ${orgId} AND u.status = 'ACTIVE' AND 'PEGAWAI' = ANY(u.roles)
      AND NOT EXISTS (SELECT 1 FROM punches p WHERE p.org_id = u.org_id AND p.user_id = u.id AND p.at >= ${dayStart} AND p.at < ${now})
      AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.org_id = u.org_id AND n.user_id = u.id AND n.dedupe_key = ${dedupeKey})`,
  );
  return rows.map((r) => r.id);
}

/** Active officers whose day's punches so far are a check-in made before `inBefore` and nothing since, not yet reminded today. */
export async function notCheckedOut(db: Db, orgId: string, dayStart: Date, now: Date, inBefore: Date, dedupeKey: string): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`
    SELECT p.user_id AS id FROM punches p JOIN users u ON u.org_id = p.org_id AND u.id = p.user_id AND u.status = 'ACTIVE'
    WHERE p.org_id = ${orgId} AND p.at >= ${dayStart} AND p.at < ${now}
      AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.org_id = p.org_id AND n.user_id = p.user_id AND n.dedupe_key = ${dedupeKey})
    GROUP BY p.user_id HAVING count(*) = 1 AND min(p.at) < ${inBefore}`,
  );
  return rows.map((r) => r.id);
}

/** Reviewers with something waiting for them (the requests' stored `reviewer_id`), with how many and how many are overdue justifications. */
export async function supervisorsWithPending(db: Db, orgId: string, deadline: Date, dedupeKey: string) {
  return rowsOf<{ id: string; count: number; overdue: number }>(
    db,
    sql`
    WITH waiting AS (
      SELECT reviewer_id AS id, false AS late FROM day_statuses WHERE org_id = ${orgId} AND state = 'MENUNGGU' AND reviewer_id IS NOT NULL
      UNION ALL SELECT reviewer_id, false FROM movements WHERE org_id = ${orgId} AND state = 'MENUNGGU' AND reviewer_id IS NOT NULL
      UNION ALL SELECT reviewer_id, false FROM home_locations WHERE org_id = ${orgId} AND state = 'MENUNGGU' AND reviewer_id IS NOT NULL
      UNION ALL SELECT reviewer_id, updated_at < ${deadline} FROM justifications WHERE org_id = ${orgId} AND state = 'MENUNGGU' AND reviewer_id IS NOT NULL)
    SELECT w.id, count(*)::int AS count, count(*) FILTER (WHERE w.late)::int AS overdue FROM waiting w
    WHERE NOT EXISTS (SELECT 1 FROM notifications n WHERE n.org_id = ${orgId} AND n.user_id = w.id AND n.dedupe_key = ${dedupeKey})
    GROUP BY w.id`,
  );
}
