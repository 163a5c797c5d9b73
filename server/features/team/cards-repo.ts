import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { attendanceCards } from '../../db/schema';

export type OfficerRow = { id: string; full_name: string; staff_no: string; unit_name: string | null; duty_state: string; supervisor_name: string | null };

/** Every active officer of the organisation, with unit and supervisor: the cards of `scope=org`. */
export async function orgOfficers(db: Db, orgId: string): Promise<OfficerRow[]> {
  return rowsOf<OfficerRow>(db, sql`
    SELECT u.id, u.full_name, u.staff_no, ou.name AS unit_name, u.duty_state, s.full_name AS supervisor_name
    FROM users u
    LEFT JOIN org_units ou ON ou.org_id = u.org_id AND ou.id = u.unit_id
    LEFT JOIN users s ON s.org_id = u.org_id AND s.id = u.supervisor_id
    WHERE u.org_id = ${orgId} AND u.status = 'ACTIVE' AND 'PEGAWAI' = ANY(u.roles)
    ORDER BY u.full_name`);
}

/** Stored card months from `fromMonth` on (YYYY-MM), oldest first: of these officers, or of the whole organisation (null). */
export async function cardMonthsOf(db: Db, orgId: string, userIds: string[] | null, fromMonth: string) {
  if (userIds?.length === 0) return [];
  return db.select({
    userId: attendanceCards.userId, month: attendanceCards.month, fromCard: attendanceCards.fromCard, card: attendanceCards.card,
    offenceDays: attendanceCards.offenceDays, offenceDates: attendanceCards.offenceDates,
  }).from(attendanceCards)
    .where(and(eq(attendanceCards.orgId, orgId), userIds ? inArray(attendanceCards.userId, userIds) : undefined, gte(attendanceCards.month, fromMonth)))
    .orderBy(asc(attendanceCards.month));
}
