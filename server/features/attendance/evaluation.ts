import { Temporal } from 'temporal-polyfill';
import type { Card } from '../../../domain/cards/cards';
import { cardHistoryOf } from '../cards/service';
import { evaluateRange, type DayRecord } from '../../../domain/day';
import { addDays, localOf } from '../../../domain/day/local-time';
import { placePunches } from '../../../domain/day/pairing';
import { isStateCode } from '../../../domain/org/states';
import { slotFor } from '../../../domain/schedule/slot';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { listPunches, presentPunch } from '../punches';
import type { PunchView } from '../punches/schema';
import { loadWorkingTime, PLACEMENT_MARGIN_DAYS, movementInput, plannedOf, punchInput, statusInput, type DayPlan, type PlannedSchedule } from '../working-time';
import { liveMovements, liveStatuses, officerBasics, type Officer, type MovementRow, type StatusRow } from './repo';

/** A day record as the officer sees it: `provisional` while the day is still open (today, or later). */
export type DayView = DayRecord & { provisional: boolean; schedule: ScheduleView; punches: PunchView[]; statuses: StatusView[]; movements: MovementView[] };
/** The schedule a day is judged under and where it comes from (R14; `SETTINGS`: nothing assigned, the organisation's WBF). */
export type ScheduleView = PlannedSchedule & { source: DayPlan['source'] };
export type StatusView = {
  id: string;
  date: string;
  code: string;
  part: string;
  note: string | null;
  state: string;
  decisionNote: string | null;
  dutyStart: string | null;
  outOfStation: boolean;
};
export type MovementView = {
  id: string;
  date: string;
  leaveAt: string;
  expectedReturn: string;
  actualReturn: string | null;
  destination: string;
  destLocation: { lat: number; lng: number } | null;
  purpose: string;
  state: string;
  decisionNote: string | null;
};

export function presentStatus(s: StatusRow): StatusView {
  return {
    id: s.id,
    date: s.date,
    code: s.code,
    part: s.part,
    note: s.note,
    state: s.state,
    decisionNote: s.decisionNote,
    dutyStart: s.dutyStart?.slice(0, 5) ?? null,
    outOfStation: s.outOfStation,
  };
}
export function presentMovement(m: MovementRow): MovementView {
  return {
    id: m.id,
    date: m.date,
    leaveAt: m.leaveAt.toISOString(),
    expectedReturn: m.expectedReturn.toISOString(),
    actualReturn: m.actualReturn?.toISOString() ?? null,
    destination: m.destination,
    destLocation: m.destLat !== null && m.destLng !== null ? { lat: m.destLat, lng: m.destLng } : null,
    purpose: m.purpose,
    state: m.state,
    decisionNote: m.decisionNote,
  };
}

/**
 * Evaluates an officer's work dates from `from` to `to` with the rules engine, from
 * their punches, approved statuses and approved movements. Days from today on are
 * provisional: issues that only the close of the day can settle (no check-out, absent)
 * are not shown yet, and future days are not judged at all. `openFrom`: an earlier date
 * still open (a night shift's, read on the clock page the morning after).
 */
export async function evaluateOfficerDays(
  db: Db,
  orgId: string,
  userId: string,
  from: string,
  to: string,
  now = new Date(),
  known?: Officer,
  openFrom?: string,
) {
  const who = known ?? (await officerBasics(db, orgId, userId));
  if (!who || !isStateCode(who.dutyState)) throw new AppError('NOT_FOUND');
  const tz = who.timeZone;
  const state = who.dutyState;
  const officer = { id: userId, dutyState: state, unitId: who.unitId };
  const ctx = await loadWorkingTime(
    db,
    { id: orgId, timeZone: tz, settings: who.settings },
    [officer],
    addDays(from, -PLACEMENT_MARGIN_DAYS),
    addDays(to, PLACEMENT_MARGIN_DAYS),
  );
  const today = localOf(now.toISOString(), tz).date;
  const instant = (date: string) => new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: tz }).epochMilliseconds);
  // One after another: inside a request's transaction there is one connection.
  const punchRows = await listPunches(db, orgId, userId, instant(addDays(from, -1)), instant(addDays(to, 2)));
  const statuses = await liveStatuses(db, orgId, userId, from, to);
  const moves = await liveMovements(db, orgId, userId, from, to);
  const inputs = punchRows.map((r) => punchInput(r.punch));
  const input = ctx.inputFor(officer, from, to, {
    punches: inputs,
    statuses: statuses.filter((s) => s.state === 'DILULUSKAN').map(statusInput),
    movements: moves.filter((m) => m.state === 'DILULUSKAN').map(movementInput),
  });
  if (!input) throw new AppError('NOT_FOUND');
  const records = evaluateRange(input);
  const placed = placePunches(inputs, tz, (date) => slotFor(ctx.planOf(userId, date).schedule, state, date, ctx.calendar.restDayRules));
  const views = new Map(punchRows.map((r) => [r.punch.at.toISOString(), presentPunch(r.punch, r.siteName)]));
  const days: DayView[] = records.map((r) => {
    const provisional = r.date >= (openFrom ?? today);
    const dayPunches = (placed.get(r.date) ?? []).map((p) => views.get(p.at)).filter((p): p is PunchView => !!p);
    const settled = provisional ? openDay(r, r.date > today) : r;
    return {
      ...settled,
      provisional,
      punches: dayPunches,
      schedule: { ...plannedOf(ctx.planOf(userId, r.date)), source: ctx.planOf(userId, r.date).source },
      statuses: statuses.filter((s) => s.date === r.date).map(presentStatus),
      movements: moves.filter((m) => m.date === r.date).map(presentMovement),
    };
  });
  return { days, today, timeZone: tz, officer: who };
}

/** An open day: only what is already certain. A future day is not judged (no issues). */
function openDay(r: DayRecord, future: boolean): DayRecord {
  if (future) return { ...r, issues: [], lateMinutes: 0, earlyMinutes: 0 };
  const pending = new Set(['TIDAK_HADIR', 'TIADA_DAFTAR_KELUAR']);
  return { ...r, issues: r.issues.filter((i) => !pending.has(i.code)) };
}

/** The card in force (R24–R26): the newest counted month's, KUNING before any; and the history behind it. */
export async function currentCard(
  db: Db,
  orgId: string,
  userId: string,
): Promise<{ card: Card; months: { month: string; offenceDays: number; card: Card }[] }> {
  const rows = await cardHistoryOf(db, orgId, userId);
  return { card: (rows[0]?.card ?? 'KUNING') as Card, months: rows.map((r) => ({ month: r.month, offenceDays: r.offenceDays, card: r.card as Card })) };
}

/** One officer's month as the calendar shows it: every day read by the engine, and the card. */
export async function officerMonth(db: Db, orgId: string, userId: string, month: string) {
  const m = Temporal.PlainYearMonth.from(month);
  const from = m.toPlainDate({ day: 1 }).toString();
  const to = m.toPlainDate({ day: m.daysInMonth }).toString();
  const { days, today } = await evaluateOfficerDays(db, orgId, userId, from, to);
  return { month, today, days, card: await currentCard(db, orgId, userId) };
}
