import { and, asc, desc, eq, gte, lte, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { attendanceCards, attendanceIssues, cardRuns, dayCloses, dayRecords, justifications } from '../db/schema';

export type CardRow = typeof attendanceCards.$inferSelect;

/** Closed day records of a month, for every officer of the organisation. */
export async function monthRecords(db: Db, orgId: string, from: string, to: string) {
  return db.select({ userId: dayRecords.userId, date: dayRecords.date, dayType: dayRecords.dayType, issues: dayRecords.issues }).from(dayRecords)
    .where(and(eq(dayRecords.orgId, orgId), gte(dayRecords.date, from), lte(dayRecords.date, to)));
}

/** Each officer's card before `month`: the newest earlier row. */
export async function cardsBefore(db: Db, orgId: string, month: string): Promise<Map<string, string>> {
  const rows = await db.select({ userId: attendanceCards.userId, card: attendanceCards.card, month: attendanceCards.month }).from(attendanceCards)
    .where(and(eq(attendanceCards.orgId, orgId), lt(attendanceCards.month, month))).orderBy(asc(attendanceCards.month));
  return new Map(rows.map((r) => [r.userId, r.card]));
}

export async function saveCard(db: Db, row: Omit<CardRow, 'computedAt'>): Promise<void> {
  const { orgId: _o, userId: _u, month: _m, ...set } = row;
  await db.insert(attendanceCards).values(row).onConflictDoUpdate({ target: [attendanceCards.orgId, attendanceCards.userId, attendanceCards.month], set });
}

export async function recordCardRun(db: Db, orgId: string, month: string, officers: number): Promise<void> {
  await db.insert(cardRuns).values({ orgId, month, officers }).onConflictDoUpdate({ target: [cardRuns.orgId, cardRuns.month], set: { officers, ranAt: new Date() } });
}

export async function lastCardRun(db: Db, orgId: string): Promise<string | null> {
  const rows = await db.select({ month: cardRuns.month }).from(cardRuns).where(eq(cardRuns.orgId, orgId)).orderBy(desc(cardRuns.month)).limit(1);
  return rows[0]?.month ?? null;
}

/** Whether every date of the month up to `last` is closed for the organisation (its cards can be counted). */
export async function closedDates(db: Db, orgId: string, from: string, to: string): Promise<Set<string>> {
  const rows = await db.select({ date: dayCloses.date }).from(dayCloses).where(and(eq(dayCloses.orgId, orgId), gte(dayCloses.date, from), lte(dayCloses.date, to)));
  return new Set(rows.map((r) => r.date));
}

/** An officer's card history, newest first. */
export async function cardHistoryOf(db: Db, orgId: string, userId: string, limit = 12): Promise<CardRow[]> {
  return db.select().from(attendanceCards).where(and(eq(attendanceCards.orgId, orgId), eq(attendanceCards.userId, userId))).orderBy(desc(attendanceCards.month)).limit(limit);
}

/** Issues of the month whose justification was accepted (R25: they are not offences), as "user/date/code". */
export async function acceptedIssues(db: Db, orgId: string, from: string, to: string): Promise<Set<string>> {
  const rows = await db.select({ userId: attendanceIssues.userId, date: attendanceIssues.date, code: attendanceIssues.code }).from(attendanceIssues)
    .innerJoin(justifications, and(eq(justifications.orgId, attendanceIssues.orgId), eq(justifications.issueId, attendanceIssues.id)))
    .where(and(eq(attendanceIssues.orgId, orgId), gte(attendanceIssues.date, from), lte(attendanceIssues.date, to), eq(justifications.state, 'DITERIMA')));
  return new Set(rows.map((r) => `${r.userId}/${r.date}/${r.code}`));
}
