import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../domain/org/settings';
import type { Database } from '../db/client';
import { attendanceIssues, dayCloseProgress, dayCloses, dayRecords, dayStatuses, movements, notifications } from '../db/schema';
import { makeOfficers, makeOrg, makePunches } from '../test/factories';
import { openTestDatabase } from '../test/harness';
import { closeDay } from './day-close';
import { isClosedFor } from '../features/attendance';

/*
 * The day close in chunks: more officers than one chunk give the same records as one
 * chunk; a close that fails half-way resumes after the last committed chunk and ends
 * with every officer's day and notice once. (Statements at scale: day-close-scale.test.ts.)
 */

let database: Database;
const DATE = '2026-11-03'; // a Tuesday, a working day in Selangor
const DATE2 = '2026-11-04';
const N = 25;
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
let org: { id: string; timeZone: string; state: string; settings: unknown };
let ids: string[] = [];

/** A mix of days by position: on time, late, left early, no check-out, absent; one on leave, one out on an approved movement. */
function punchesOf(date: string) {
  return ids.flatMap((userId, i) => {
    const p = (hhmm: string) => ({ userId, at: at(date, hhmm) });
    switch (i % 5) {
      case 0:
        return [p('08:00'), p('17:00')];
      case 1:
        return [p('09:20'), p('18:00')];
      case 2:
        return [p('08:00'), p('16:00')];
      case 3:
        return [p('08:10')];
      default:
        return i === 4 ? [p('08:05'), p('17:10')] : [];
    }
  });
}

beforeAll(async () => {
  database = await openTestDatabase();
  const o = await makeOrg(database.db);
  org = { id: o.id, timeZone: o.timeZone, state: o.state, settings: DEFAULT_ORG_SETTINGS };
  ids = await makeOfficers(database.db, o.id, N);
  await makePunches(database.db, o.id, [...punchesOf(DATE), ...punchesOf(DATE2)]);
  await database.db
    .insert(dayStatuses)
    .values([DATE, DATE2].map((date) => ({ orgId: o.id, userId: ids[9]!, date, code: 'CUTI', part: 'FULL', state: 'DILULUSKAN' as const })));
  await database.db.insert(movements).values(
    [DATE, DATE2].map((date) => ({
      orgId: o.id,
      userId: ids[4]!,
      date,
      leaveAt: at(date, '10:00'),
      expectedReturn: at(date, '11:00'),
      actualReturn: at(date, '11:00'),
      destination: 'Pejabat Tanah',
      purpose: 'Urusan rasmi',
      state: 'DILULUSKAN' as const,
    })),
  );
}, 60_000);
afterAll(async () => database.close());

/** Everything a close writes for a date, without the times it was written at. */
async function snapshot(date: string) {
  const db = database.db;
  const records = (
    await db
      .select()
      .from(dayRecords)
      .where(and(eq(dayRecords.orgId, org.id), eq(dayRecords.date, date)))
  )
    .map(({ evaluatedAt: _e, ...r }) => r)
    .sort((a, b) => a.userId.localeCompare(b.userId));
  const issues = (
    await db
      .select()
      .from(attendanceIssues)
      .where(and(eq(attendanceIssues.orgId, org.id), eq(attendanceIssues.date, date)))
  )
    .map((i) => ({ userId: i.userId, code: i.code, minutes: i.minutes, rule: i.rule, state: i.state }))
    .sort((a, b) => `${a.userId}${a.code}`.localeCompare(`${b.userId}${b.code}`));
  const notices = (await db.select().from(notifications).where(eq(notifications.orgId, org.id)))
    .filter((n) => (n.params as { date?: string }).date === date)
    .map((n) => ({ userId: n.userId, kind: n.kind, dedupeKey: n.dedupeKey, params: n.params }))
    .sort((a, b) => a.userId.localeCompare(b.userId));
  return { records, issues, notices };
}
async function progressOf(date: string) {
  return database.db
    .select()
    .from(dayCloseProgress)
    .where(and(eq(dayCloseProgress.orgId, org.id), eq(dayCloseProgress.date, date)));
}
async function closedOf(date: string) {
  return database.db
    .select()
    .from(dayCloses)
    .where(and(eq(dayCloses.orgId, org.id), eq(dayCloses.date, date)));
}

describe('closing a day in chunks', () => {
  it('closes more officers than one chunk, in id order, each once, with the same records, issues and notices as one chunk', async () => {
    const chunks: string[][] = [];
    expect(await closeDay(database, org, DATE, undefined, { chunkSize: 4, onChunk: (c) => void chunks.push(c.officerIds) })).toEqual({
      orgId: org.id,
      date: DATE,
      officers: N,
    });
    expect(chunks.map((c) => c.length)).toEqual([4, 4, 4, 4, 4, 4, 1]);
    expect(chunks.flat()).toEqual(ids);
    const chunked = await snapshot(DATE);
    expect(chunked.records).toHaveLength(N);
    const statusOf = (i: number) => chunked.records.find((r) => r.userId === ids[i])?.status;
    expect([0, 1, 2, 3, 4, 9, 14].map(statusOf)).toEqual(['HADIR', 'HADIR', 'HADIR', 'HADIR', 'HADIR', 'CUTI', 'TIDAK_HADIR']);
    const codes = (i: number) => chunked.issues.filter((x) => x.userId === ids[i]).map((x) => x.code);
    expect([0, 1, 2, 3, 4, 9, 14].map(codes)).toEqual([[], ['LEWAT'], ['BALIK_AWAL'], ['TIADA_DAFTAR_KELUAR'], [], [], ['TIDAK_HADIR']]);
    expect(chunked.notices).toHaveLength(new Set(chunked.issues.map((i) => i.userId)).size);
    expect(chunked.notices.every((n) => n.kind === 'ISSUE_NEW')).toBe(true);
    expect(await progressOf(DATE)).toEqual([]);
    expect(await closedOf(DATE)).toMatchObject([{ officers: N }]);

    // Again in one chunk of exactly every officer (then an empty one that records the close): nothing differs.
    const whole: number[] = [];
    expect(await closeDay(database, org, DATE, undefined, { again: true, chunkSize: N, onChunk: (c) => void whole.push(c.officerIds.length) })).toMatchObject({
      officers: N,
    });
    expect(whole).toEqual([N, 0]);
    expect(await snapshot(DATE)).toEqual(chunked);
  });

  it('resumes a close that failed in its second chunk after the last officer committed, and ends with every day and notice once', async () => {
    const firstTen = ids.slice(0, 10);
    await expect(
      closeDay(database, org, DATE2, undefined, {
        chunkSize: 10,
        onChunk: ({ index }) => {
          if (index === 1) throw new Error('the process stopped');
        },
      }),
    ).rejects.toThrow('the process stopped');
    expect(await progressOf(DATE2)).toMatchObject([{ lastUserId: ids[9], officers: 10 }]);
    expect(await closedOf(DATE2)).toEqual([]);
    const half = await database.db
      .select()
      .from(dayRecords)
      .where(and(eq(dayRecords.orgId, org.id), eq(dayRecords.date, DATE2)));
    expect(half.map((r) => r.userId).sort()).toEqual(firstTen);
    // A late change to an officer already passed is evaluated again; one not reached yet waits for the close.
    expect(await isClosedFor(database.db, org.id, DATE2, ids[3]!)).toBe(true);
    expect(await isClosedFor(database.db, org.id, DATE2, ids[10]!)).toBe(false);

    const resumed: string[][] = [];
    expect(await closeDay(database, org, DATE2, undefined, { chunkSize: 10, onChunk: (c) => void resumed.push(c.officerIds) })).toEqual({
      orgId: org.id,
      date: DATE2,
      officers: N,
    });
    expect(resumed.flat()).toEqual(ids.slice(10));
    const done = await snapshot(DATE2);
    expect(done.records.map((r) => r.userId)).toEqual(ids);
    const after = await database.db
      .select()
      .from(dayRecords)
      .where(and(eq(dayRecords.orgId, org.id), eq(dayRecords.date, DATE2)));
    for (const r of half) expect(after.find((a) => a.userId === r.userId)?.evaluatedAt).toEqual(r.evaluatedAt); // the first chunk was not redone
    const told = done.notices.map((n) => n.userId);
    expect(told).toEqual([...new Set(told)]);
    expect(told).toEqual([...new Set(done.issues.map((i) => i.userId))].sort());
    expect(told.length).toBeGreaterThan(10);
    expect(await progressOf(DATE2)).toEqual([]);
    expect(await closedOf(DATE2)).toMatchObject([{ officers: N }]);
  });
});
