import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { attendanceCards } from '../../db/schema';

/** Stored card months from `fromMonth` on (YYYY-MM), oldest first: of these officers, or of the whole organisation (null). */
export async function cardMonthsOf(db: Db, orgId: string, userIds: string[] | null, fromMonth: string) {
  if (userIds?.length === 0) return [];
  return db
    .select({
      userId: attendanceCards.userId,
      month: attendanceCards.month,
      fromCard: attendanceCards.fromCard,
      card: attendanceCards.card,
      offenceDays: attendanceCards.offenceDays,
      offenceDates: attendanceCards.offenceDates,
    })
    .from(attendanceCards)
    .where(and(eq(attendanceCards.orgId, orgId), userIds ? inArray(attendanceCards.userId, userIds) : undefined, gte(attendanceCards.month, fromMonth)))
    .orderBy(asc(attendanceCards.month));
}
