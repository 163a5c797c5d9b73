import { and, asc, desc, eq, gte, lte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { attendanceCards, attendanceIssues, cardRuns, dayCloses, dayRecords, justifications, organisations, users } from '../../db/schema';

/*
 * The cards' statements (R24–R27): the monthly count's, set-based over a chunk of officers
 * (ids and rows as arrays, so the SQL text is the same for any number), and the recount's
 * of one officer from a month on.
 */

export type CardRow = typeof attendanceCards.$inferSelect;

const uuids = (ids: string[]) => sql`${sql.param(ids)}::uuid[]`;

/** Day records (closed days) from `from` to `to` of the given officers (ids as one array: the same SQL text for any number). */
export async function monthRecords(db: Db, orgId: string, userIds: string[], from: string, to: string) {
  return db
    .select({ userId: dayRecords.userId, date: dayRecords.date, dayType: dayRecords.dayType, issues: dayRecords.issues })
    .from(dayRecords)
    .where(and(eq(dayRecords.orgId, orgId), sql`${dayRecords.userId} = ANY(${uuids(userIds)})`, gte(dayRecords.date, from), lte(dayRecords.date, to)));
}

/** Each of the given officers' card before `month`: the newest earlier row. */
export async function cardsBefore(db: Db, orgId: string, userIds: string[], month: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ userId: attendanceCards.userId, card: attendanceCards.card, month: attendanceCards.month })
    .from(attendanceCards)
    .where(and(eq(attendanceCards.orgId, orgId), sql`${attendanceCards.userId} = ANY(${uuids(userIds)})`, lt(attendanceCards.month, month)))
    .orderBy(asc(attendanceCards.month));
  return new Map(rows.map((r) => [r.userId, r.card]));
}

/** Writes (or rewrites) the cards of one month for many officers in one statement, the rows as arrays. */
export async function saveCards(db: Db, orgId: string, month: string, rows: Omit<CardRow, 'orgId' | 'month' | 'computedAt'>[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: (typeof rows)[number]) => T) => sql.param(rows.map(f));
  await db.execute(sql`
    INSERT INTO attendance_cards (org_id, user_id, month, from_card, card, offence_days, offence_dates)
    SELECT ${orgId}::uuid, u, ${month}, fc, c, n, d::jsonb
    FROM unnest(${uuids(rows.map((r) => r.userId))}, ${col((r) => r.fromCard)}::text[], ${col((r) => r.card)}::text[], ${col((r) => r.offenceDays)}::int[],
      ${col((r) => JSON.stringify(r.offenceDates))}::text[]) AS t(u, fc, c, n, d)
    ON CONFLICT (org_id, user_id, month) DO UPDATE SET
      from_card = excluded.from_card, card = excluded.card, offence_days = excluded.offence_days, offence_dates = excluded.offence_dates`);
}

export async function recordCardRun(db: Db, orgId: string, month: string, officers: number): Promise<void> {
  await db
    .insert(cardRuns)
    .values({ orgId, month, officers })
    .onConflictDoUpdate({ target: [cardRuns.orgId, cardRuns.month], set: { officers, ranAt: new Date() } });
}

export async function lastCardRun(db: Db, orgId: string): Promise<string | null> {
  const rows = await db.select({ month: cardRuns.month }).from(cardRuns).where(eq(cardRuns.orgId, orgId)).orderBy(desc(cardRuns.month)).limit(1);
  return rows[0]?.month ?? null;
}

/** The dates from `from` to `to` closed for the whole organisation (a month whose dates are all closed can be counted). */
export async function closedDates(db: Db, orgId: string, from: string, to: string): Promise<Set<string>> {
  const rows = await db
    .select({ date: dayCloses.date })
    .from(dayCloses)
    .where(and(eq(dayCloses.orgId, orgId), gte(dayCloses.date, from), lte(dayCloses.date, to)));
  return new Set(rows.map((r) => r.date));
}

/** An officer's card history, newest first. */
export async function cardHistoryOf(db: Db, orgId: string, userId: string, limit = 12): Promise<CardRow[]> {
  return db
    .select()
    .from(attendanceCards)
    .where(and(eq(attendanceCards.orgId, orgId), eq(attendanceCards.userId, userId)))
    .orderBy(desc(attendanceCards.month))
    .limit(limit);
}

/** Issues from `from` to `to` of the given officers whose justification was accepted (R25: they are not offences), as "user/date/code". */
export async function acceptedIssues(db: Db, orgId: string, userIds: string[], from: string, to: string): Promise<Set<string>> {
  const rows = await db
    .select({ userId: attendanceIssues.userId, date: attendanceIssues.date, code: attendanceIssues.code })
    .from(attendanceIssues)
    .innerJoin(justifications, and(eq(justifications.orgId, attendanceIssues.orgId), eq(justifications.issueId, attendanceIssues.id)))
    .where(
      and(
        eq(attendanceIssues.orgId, orgId),
        sql`${attendanceIssues.userId} = ANY(${uuids(userIds)})`,
        gte(attendanceIssues.date, from),
        lte(attendanceIssues.date, to),
        eq(justifications.state, 'DITERIMA'),
      ),
    );
  return new Set(rows.map((r) => `${r.userId}/${r.date}/${r.code}`));
}

/**
 * Waits for and takes the card job's locks of the given months (in the order given) until
 * the transaction ends: a recount and the monthly count of those months go one after the other.
 */
export async function lockCardMonths(db: Db, orgId: string, months: string[]): Promise<void> {
  if (months.length === 0) return;
  await db.execute(sql`SELECT count(pg_advisory_xact_lock(hashtext('cards'), hashtext(${orgId} || '/' || m))) FROM unnest(${sql.param(months)}::text[]) AS m`);
}

/** Takes the card job's lock for one organisation and month within the transaction; false when another process holds it. */
export async function tryCardLock(db: Db, orgId: string, month: string): Promise<boolean> {
  const [row] = await rowsOf<{ ok: boolean }>(db, sql`SELECT pg_try_advisory_xact_lock(hashtext('cards'), hashtext(${`${orgId}/${month}`})) AS ok`);
  return row?.ok === true;
}

/** The organisation's settings as stored (parse them with parseOrgSettings). */
export async function orgSettingsOf(db: Db, orgId: string): Promise<unknown> {
  const [row] = await db.select({ settings: organisations.settings }).from(organisations).where(eq(organisations.id, orgId));
  return row?.settings ?? null;
}

/** One officer's counted months from `month` on, oldest first, their rows locked until the transaction ends. */
export async function cardMonthsFrom(db: Db, orgId: string, userId: string, month: string): Promise<CardRow[]> {
  return db
    .select()
    .from(attendanceCards)
    .where(and(eq(attendanceCards.orgId, orgId), eq(attendanceCards.userId, userId), gte(attendanceCards.month, month)))
    .orderBy(asc(attendanceCards.month))
    .for('update');
}

/** Rewrites counted months of one officer in one statement, stamped with when they were counted again. */
export async function saveRecount(db: Db, orgId: string, userId: string, rows: Omit<CardRow, 'orgId' | 'userId' | 'computedAt'>[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: (typeof rows)[number]) => T) => sql.param(rows.map(f));
  await db.execute(sql`
    UPDATE attendance_cards a SET from_card = t.fc, card = t.c, offence_days = t.n, offence_dates = t.d::jsonb, computed_at = now()
    FROM unnest(${col((r) => r.month)}::text[], ${col((r) => r.fromCard)}::text[], ${col((r) => r.card)}::text[], ${col((r) => r.offenceDays)}::int[],
      ${col((r) => JSON.stringify(r.offenceDates))}::text[]) AS t(m, fc, c, n, d)
    WHERE a.org_id = ${orgId} AND a.user_id = ${userId} AND a.month = t.m`);
}

/** Name and supervisor of the given users, for telling a changed card (R27). */
export async function officersToTell(db: Db, orgId: string, userIds: string[]): Promise<{ id: string; fullName: string; supervisorId: string | null }[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ id: users.id, fullName: users.fullName, supervisorId: users.supervisorId })
    .from(users)
    .where(and(eq(users.orgId, orgId), sql`${users.id} = ANY(${uuids(userIds)})`));
}
