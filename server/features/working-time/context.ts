import type { Calendar } from '../../../domain/calendar/calendar';
import { defaultCalendar } from '../../../domain/calendar/holiday-data';
import { evaluateRange, type DayRecord, type EvaluateInput } from '../../../domain/day';
import { addDays, startOfDay } from '../../../domain/day/local-time';
import type { DayStatusCode, MovementInput, PunchInput, StatusInput } from '../../../domain/day/types';
import { parseOrgSettings, type OrgSettings } from '../../../domain/org/settings';
import { isStateCode, type StateCode } from '../../../domain/org/states';
import { planOn, unitChainOf, type PlanAssignment, type PlanSource } from '../../../domain/schedule/plan';
import { slotFor } from '../../../domain/schedule/slot';
import type { Schedule } from '../../../domain/schedule/types';
import type { Db } from '../../db/client';
import { assignmentsTouching, engineRows, patternDaysOf, rosterCellsOf, schedulesOf, unitParentsOf, type ScheduleRow } from './repo';

/*
 * The one officer-day context (DESIGN "One officer-day context"): for an organisation, a
 * set of officers and a date range, everything the rules engine needs, read in a fixed
 * number of set-based statements whatever the number of officers: the organisation's
 * settings, its holiday calendar, each officer's schedule per date (R14), and their
 * approved statuses, movements and punches. Every evaluation in the server starts here.
 */

export type OrgRef = { id: string; timeZone: string; settings: unknown };
export type OfficerRef = { id: string; dutyState: string; unitId: string | null };

/**
 * A date's plan for one officer: the schedule it is judged under and where it comes from
 * (`SETTINGS`: nothing assigned, the organisation's WBF with its grace). `dayType` when the
 * plan itself says working or rest (a roster cell, a pattern's day), else the calendar's.
 */
export type DayPlan = {
  schedule: Schedule;
  scheduleId: string | null;
  name: string | null;
  source: PlanSource | 'SETTINGS';
  dayType?: 'WORKING' | 'REST';
};

/** The stored copy of a plan in a closed day record (name, type, planned start and end), so a later change does not rewrite history. */
export type PlannedSchedule = { name: string | null; type: Schedule['type']; start: string | null; end: string | null };

/**
 * Days either side of a range whose plans the engine reads: the punches read (the day before
 * the range to the day after it) are each placed against the dates around their own.
 */
export const PLACEMENT_MARGIN_DAYS = 2;

export type EngineRows = { punches: PunchInput[]; statuses: StatusInput[]; movements: MovementInput[] };

let shipped: Calendar | null = null;
/**
 * The holiday calendar an organisation's days are judged with: the shipped data for now
 * (the companion issue puts holidays in the database behind this same function).
 */
export function holidayCalendar(orgId: string): Calendar {
  void orgId;
  shipped ??= defaultCalendar();
  return shipped;
}

/** The engine's schedule of a stored row (times "HH:MM"; SHIFT margins null: the engine's 4 h / 6 h). */
export function scheduleOfRow(r: ScheduleRow): Schedule {
  const rests = (r.rests as { from: string; to: string }[] | null) ?? [];
  if (r.type === 'FIXED') return { type: 'FIXED', start: r.startTime ?? '08:00', end: r.endTime ?? '17:00', rests, graceMinutes: r.graceMinutes };
  if (r.type === 'SHIFT') {
    return {
      type: 'SHIFT',
      start: r.startTime ?? '08:00',
      end: r.endTime ?? '16:00',
      rests,
      graceMinutes: r.graceMinutes,
      ...(r.marginBeforeMinutes === null ? {} : { marginBeforeMinutes: r.marginBeforeMinutes }),
      ...(r.marginAfterMinutes === null ? {} : { marginAfterMinutes: r.marginAfterMinutes }),
    };
  }
  return { type: 'WBF', graceMinutes: r.graceMinutes };
}

export function plannedOf(plan: DayPlan): PlannedSchedule {
  const s = plan.schedule;
  return { name: plan.name, type: s.type, start: s.type === 'WBF' ? null : s.start, end: s.type === 'WBF' ? null : s.end };
}

export type WorkingTime = {
  org: OrgRef;
  settings: OrgSettings;
  calendar: Calendar;
  /** The organisation's WBF from settings: the schedule of an officer with nothing assigned. */
  settingsSchedule: Schedule;
  planOf(userId: string, date: string): DayPlan;
  /** The engine's input for one officer over [from, to] from their rows; null when their duty state is not a state code. */
  inputFor(officer: OfficerRef, from: string, to: string, rows: EngineRows): EvaluateInput | null;
};

/** Loads the plans of the officers over [from, to]: five statements whatever their number. */
export async function loadWorkingTime(db: Db, org: OrgRef, officers: readonly OfficerRef[], from: string, to: string): Promise<WorkingTime> {
  const settings = parseOrgSettings(org.settings);
  const settingsSchedule: Schedule = { type: 'WBF', graceMinutes: settings.graceMinutes };
  const calendar = holidayCalendar(org.id);
  const ids = officers.map((o) => o.id);
  // One after another: inside a request's transaction there is one connection.
  const scheduleRows = await schedulesOf(db, org.id);
  const patternRows = await patternDaysOf(db, org.id);
  const unitRows = await unitParentsOf(db, org.id);
  const assignmentRows = await assignmentsTouching(db, org.id, ids, from, to);
  const rosterRows = ids.length === 0 ? [] : await rosterCellsOf(db, org.id, ids, from, to);

  const schedules = new Map(scheduleRows.map((r) => [r.id, { name: r.name, schedule: scheduleOfRow(r) }]));
  const cycles = new Map<string, { anchor: string; days: (string | null)[] }>();
  for (const p of patternRows) {
    const c = cycles.get(p.id) ?? { anchor: p.anchor, days: Array.from({ length: p.cycleDays }, () => null) };
    if (p.dayIndex !== null && p.dayIndex < p.cycleDays) c.days[p.dayIndex] = p.scheduleId;
    cycles.set(p.id, c);
  }
  const parents = new Map(unitRows.map((u) => [u.id, u.parentId]));
  const assignments: PlanAssignment[] = assignmentRows.map((a) => ({
    from: a.from,
    to: a.to,
    scheduleId: a.scheduleId,
    cycle: a.patternId ? (cycles.get(a.patternId) ?? null) : null,
    unitId: a.unitId,
    userId: a.userId,
  }));
  // The organisation's and units' assignments are everyone's; each officer's own are read only for them.
  const shared = assignments.filter((a) => a.userId === null);
  const personal = new Map<string, PlanAssignment[]>();
  for (const a of assignments) if (a.userId !== null) personal.set(a.userId, [...(personal.get(a.userId) ?? []), a]);
  const roster = new Map<string, Map<string, string | null>>();
  for (const r of rosterRows) {
    const mine = roster.get(r.userId) ?? new Map<string, string | null>();
    mine.set(r.date, r.scheduleId);
    roster.set(r.userId, mine);
  }
  const chains = new Map(officers.map((o) => [o.id, unitChainOf(o.unitId, parents)]));
  const memo = new Map<string, DayPlan>();

  function planOf(userId: string, date: string): DayPlan {
    const key = `${userId}/${date}`;
    const known = memo.get(key);
    if (known) return known;
    const mine = personal.get(userId);
    const plan = planOn({ date, userId, unitChain: chains.get(userId) ?? [], assignments: mine ? [...shared, ...mine] : shared, roster: roster.get(userId) });
    let out: DayPlan;
    if (!plan) out = { schedule: settingsSchedule, scheduleId: null, name: null, source: 'SETTINGS' };
    else {
      const named = plan.scheduleId ? schedules.get(plan.scheduleId) : undefined;
      // A roster cell or a pattern's day says working or rest itself; a plain schedule leaves the weekend to the calendar.
      const dayType = plan.source === 'ROSTER' || plan.cycled ? (named ? 'WORKING' : 'REST') : named ? undefined : 'REST';
      out = {
        schedule: named?.schedule ?? settingsSchedule,
        scheduleId: named ? plan.scheduleId : null,
        name: named?.name ?? null,
        source: plan.source,
        ...(dayType ? { dayType } : {}),
      };
    }
    memo.set(key, out);
    return out;
  }

  function inputFor(officer: OfficerRef, from: string, to: string, rows: EngineRows): EvaluateInput | null {
    if (!isStateCode(officer.dutyState)) return null;
    return {
      calendar,
      state: officer.dutyState,
      schedule: planOf(officer.id, from).schedule,
      timeZone: org.timeZone,
      from,
      to,
      scheduleFor: (date) => planOf(officer.id, date).schedule,
      dayTypeFor: (date) => planOf(officer.id, date).dayType,
      ...rows,
    };
  }

  return { org, settings, calendar, settingsSchedule, planOf, inputFor };
}

/** The organisation's schedules as the engine takes them (what the close time of a date depends on). */
export async function organisationSchedules(db: Db, orgId: string): Promise<Schedule[]> {
  return (await schedulesOf(db, orgId)).map(scheduleOfRow);
}

/** Local midnight of a date in a zone, as an instant. */

/** Stored rows as the rules engine takes them: punches, approved statuses and approved movements. */
export function punchInput(p: { at: Date; kind: string | null; place: string }): PunchInput {
  return { at: p.at.toISOString(), kind: (p.kind ?? undefined) as PunchInput['kind'], inside: p.place !== 'OUTSIDE' };
}
/** A status as the engine takes it; a Tugasan Luar's duty start ("HH:MM") and out of station (R30, R19) when stored. */
export function statusInput(s: { date: string; code: string; part: string; dutyStart?: string | null; outOfStation?: boolean }): StatusInput {
  return {
    date: s.date,
    code: s.code as DayStatusCode,
    part: s.part as StatusInput['part'],
    ...(s.dutyStart ? { dutyStart: s.dutyStart.slice(0, 5) } : {}),
    ...(s.outOfStation ? { outOfStation: true } : {}),
  };
}
export function movementInput(m: { leaveAt: Date; expectedReturn: Date; actualReturn: Date | null }): MovementInput {
  return { from: m.leaveAt.toISOString(), to: (m.actualReturn ?? m.expectedReturn).toISOString(), approved: true };
}

function groupByUser<T extends { userId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.userId);
    if (list) list.push(r);
    else out.set(r.userId, [r]);
  }
  return out;
}

/** The officers' engine rows of [from, to]: punches from the day before to two days after (a night shift's window), three statements. */
export async function loadEngineRows(db: Db, org: OrgRef, officers: readonly OfficerRef[], from: string, to: string): Promise<Map<string, EngineRows>> {
  const rows = await engineRows(
    db,
    org.id,
    officers.map((o) => o.id),
    from,
    to,
    startOfDay(addDays(from, -1), org.timeZone),
    startOfDay(addDays(to, 2), org.timeZone),
  );
  const punches = groupByUser(rows.punches);
  const statuses = groupByUser(rows.statuses);
  const moves = groupByUser(rows.movements);
  return new Map(
    officers.map((o) => [
      o.id,
      {
        punches: (punches.get(o.id) ?? []).map(punchInput),
        statuses: (statuses.get(o.id) ?? []).map(statusInput),
        movements: (moves.get(o.id) ?? []).map(movementInput),
      },
    ]),
  );
}

export type EvaluatedOfficer = { id: string; records: DayRecord[]; planned: Map<string, PlannedSchedule> };

/** The rules engine's reading of [from, to] for the officers: the context, then their rows, then the engine; eight statements whatever their number. */
export async function evaluateOfficers(db: Db, org: OrgRef, officers: readonly OfficerRef[], from: string, to: string): Promise<EvaluatedOfficer[]> {
  if (officers.length === 0) return [];
  // Punches of the dates around the range are placed against those dates' schedules too (a night shift's check-out the next morning).
  const ctx = await loadWorkingTime(db, org, officers, addDays(from, -PLACEMENT_MARGIN_DAYS), addDays(to, PLACEMENT_MARGIN_DAYS));
  const rows = await loadEngineRows(db, org, officers, from, to);
  const out: EvaluatedOfficer[] = [];
  for (const o of officers) {
    const input = ctx.inputFor(o, from, to, rows.get(o.id) ?? { punches: [], statuses: [], movements: [] });
    if (!input) continue;
    const records = evaluateRange(input);
    out.push({ id: o.id, records, planned: new Map(records.map((r) => [r.date, plannedOf(ctx.planOf(o.id, r.date))])) });
  }
  return out;
}

/** The latest end of a punch window any of the schedules gives a date, in minutes from its midnight: when the date can close (R14, R20). */
export function latestWindowEnd(schedules: readonly Schedule[], state: StateCode, date: string, calendar: Calendar): number {
  return Math.max(...schedules.map((s) => slotFor(s, state, date, calendar.restDayRules).windowTo));
}
