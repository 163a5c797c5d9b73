import { dayKind, inRamadan } from '../calendar/calendar';
import { outsideDutyRequiredEnd } from '../adjustments/outside-duty';
import { PREGNANCY_EARLY_MINUTES, pregnancyAppliesOn } from '../adjustments/pregnancy';
import { overlap, toHHMM, toMinutes } from '../schedule/clock';
import { slotFor } from '../schedule/slot';
import type { Slot } from '../schedule/types';
import { datesBetween } from './local-time';
import { ruleFor } from './issue-rules';
import { pairPunches, placePunches, type PlacedPunch } from './pairing';
import { coveredBySlips, coveredUntil } from './slips';
import type { DayRecord, EvaluateInput, Issue, StatusInput } from './types';

const RAMADAN_REDUCTION = 30;
/** Statuses that put the officer somewhere the engine has no geofence for: their punches are not LUAR_KAWASAN (R31). */
const AWAY: ReadonlySet<string> = new Set(['TUGASAN_LUAR', 'KURSUS', 'MESYUARAT']);

/** Evaluates every work date from `from` to `to` (R20–R21): one record per date. */
export function evaluateRange(input: EvaluateInput): DayRecord[] {
  const tz = input.timeZone ?? 'Asia/Kuala_Lumpur';
  const scheduleOn = (date: string) => input.scheduleFor?.(date) ?? input.schedule;
  const slotOf = (date: string) => slotFor(scheduleOn(date), input.state, date, input.calendar.restDayRules);
  const placed = placePunches(input.punches, tz, slotOf);
  return datesBetween(input.from, input.to).map((date) =>
    evaluateDate({ ...input, schedule: scheduleOn(date) }, { tz, date, slot: slotOf(date), slotOf }, placed.get(date) ?? []),
  );
}

type Day = { tz: string; date: string; slot: Slot; slotOf: (date: string) => Slot };

/** What the day's approved statuses cover (R17, R28, R30). */
function coverOf(statuses: readonly StatusInput[], date: string) {
  const mine = statuses.filter((s) => s.date === date);
  const full = mine.find((s) => s.part === 'FULL');
  const am = full ? undefined : mine.find((s) => s.part === 'AM');
  const pm = full ? undefined : mine.find((s) => s.part === 'PM');
  // R28: AM and PM together, of any kinds, cover the whole day.
  const whole = full ?? (am && pm ? am : undefined);
  // R30: an outside duty that covers the start of the day.
  const duty = [full, am].find((s) => s?.code === 'TUGASAN_LUAR');
  return { mine, full, am: whole ? undefined : am, pm: whole ? undefined : pm, half: am ?? pm, whole, duty };
}

function evaluateDate(input: EvaluateInput, day: Day, punches: PlacedPunch[]): DayRecord {
  const { date, slot } = day;
  const calendarKind = dayKind(input.calendar, input.state, date);
  // A roster cell or a pattern's day says working or rest itself (R14); holidays stay holidays.
  const planned = calendarKind.type === 'HOLIDAY' ? undefined : input.dayTypeFor?.(date);
  const kind = planned ? { type: planned } : calendarKind;
  const cover = coverOf(input.statuses ?? [], date);
  const { am, pm, duty } = cover;
  const middle = am ? (slot.sessionBreak.to + slot.earliestStart + slot.span) / 2 : pm ? (slot.earliestStart + slot.sessionBreak.from) / 2 : undefined;
  const paired = pairPunches(punches, slot, kind.type === 'WORKING' ? middle : undefined);
  const base = {
    date,
    holiday: kind.type === 'HOLIDAY' ? kind.name : null,
    checkIn: paired.checkIn?.at ?? null,
    checkOut: paired.checkOut?.at ?? null,
    lateMinutes: 0,
    earlyMinutes: 0,
    workedOnRestDay: false,
  };
  if (kind.type !== 'WORKING') {
    // R6: no offence on a rest day or holiday; work done is kept and reported.
    const { checkIn, checkOut } = paired;
    const worked = checkIn && checkOut ? workedMinutes(checkIn.minutes, checkOut.minutes, slot) : 0;
    return {
      ...base,
      dayType: kind.type,
      status: kind.type === 'REST' ? 'HARI_REHAT' : 'CUTI_UMUM',
      effectiveStart: null,
      requiredEnd: null,
      workedMinutes: worked,
      issues: [],
      workedOnRestDay: punches.length > 0,
    };
  }
  // R30: the outside duty stands in for the check-in when no punch is one (none declared IN, none made by the duty's start).
  const dutyStart = duty?.dutyStart ? toMinutes(duty.dutyStart) : null;
  const beforeDuty = (p: PlacedPunch) => (dutyStart === null ? p.minutes < slot.earliestStart : p.minutes <= dutyStart);
  const standsIn = !!duty && !punches.some((p) => p.kind === 'IN' || (p.kind !== 'OUT' && beforeDuty(p)));
  const checkIn = standsIn ? null : paired.checkIn;
  const checkOut = standsIn ? (punches[punches.length - 1] ?? null) : paired.checkOut;
  const outside = outsideIssue(punches, cover.mine, slot);
  const issues: Issue[] = [];
  const rule = (code: Issue['code']) => ruleFor(code, slot.flexible);

  let effectiveStart: number | null = null;
  let requiredEnd: number | null = null;
  if (checkIn) effectiveStart = Math.max(checkIn.minutes, slot.earliestStart);
  else if (standsIn) effectiveStart = Math.max(dutyStart ?? slot.earliestStart, slot.earliestStart);
  if (effectiveStart !== null) {
    if (standsIn) requiredEnd = adjusted(input, date, dutyEnd(slot, effectiveStart, duty?.outOfStation ?? false));
    else if (pm)
      requiredEnd = slot.sessionBreak.from; // R28: the morning ends at the rest
    else if (am)
      requiredEnd = adjusted(input, date, slot.earliestStart + slot.span); // R28: the earliest end of the window
    else requiredEnd = requiredEndOf(input, date, slot, effectiveStart);
  }

  if (cover.whole) {
    // R17/R28: the day is covered; R30: a whole-day outside duty with a check-out still has its required end.
    const dutyDay = standsIn && cover.full?.code === 'TUGASAN_LUAR' && checkOut !== null;
    const early = dutyDay && requiredEnd !== null ? earlyBy(input, day, checkOut.minutes, requiredEnd) : 0;
    if (early > 0) issues.push({ code: 'BALIK_AWAL', minutes: early, rule: rule('BALIK_AWAL') });
    const from = checkIn ? effectiveStart : dutyDay ? effectiveStart : null;
    const worked = from !== null && checkOut ? workedMinutes(from, checkOut.minutes, slot) : 0;
    return {
      ...base,
      checkIn: checkIn?.at ?? null,
      checkOut: checkOut?.at ?? null,
      dayType: 'WORKING',
      status: cover.whole.code,
      earlyMinutes: early,
      effectiveStart: dutyDay ? toHHMM(effectiveStart!) : null,
      requiredEnd: dutyDay ? toHHMM(requiredEnd!) : null,
      workedMinutes: worked,
      issues: outside ? [...issues, outside] : issues,
    };
  }
  if (punches.length === 0 && !standsIn) {
    return {
      ...base,
      dayType: 'WORKING',
      status: cover.half ? cover.half.code : 'TIDAK_HADIR',
      effectiveStart: null,
      requiredEnd: null,
      workedMinutes: 0,
      issues: [{ code: 'TIDAK_HADIR', rule: rule('TIDAK_HADIR') }],
    };
  }
  let worked = 0;
  let late = 0;
  let early = 0;
  if (checkIn) {
    // R11/R13; R28: with the morning covered, the check-in is due by the end of the rest.
    const due = am ? slot.sessionBreak.to : slot.latestStart;
    if (checkIn.minutes > due + slot.graceMinutes) {
      late = Math.round(checkIn.minutes - due);
      issues.push({ code: 'LEWAT', minutes: late, rule: rule('LEWAT') });
    }
  } else if (!standsIn && !am) {
    issues.push({ code: 'TIADA_DAFTAR_MASUK', rule: rule('TIADA_DAFTAR_MASUK') });
  }
  if (effectiveStart !== null && requiredEnd !== null) {
    if (checkOut) {
      worked = workedMinutes(effectiveStart, checkOut.minutes, slot);
      early = earlyBy(input, day, checkOut.minutes, requiredEnd);
      if (early > 0) issues.push({ code: 'BALIK_AWAL', minutes: early, rule: rule('BALIK_AWAL') });
    } else if (!pm) {
      issues.push({ code: 'TIADA_DAFTAR_KELUAR', rule: rule('TIADA_DAFTAR_KELUAR') });
    }
  }
  if (outside) issues.push(outside);
  return {
    ...base,
    checkIn: checkIn?.at ?? null,
    checkOut: checkOut?.at ?? null,
    dayType: 'WORKING',
    status: punches.length === 0 && cover.half ? cover.half.code : 'HADIR',
    lateMinutes: late,
    earlyMinutes: early,
    effectiveStart: effectiveStart === null ? null : toHHMM(effectiveStart),
    requiredEnd: requiredEnd === null ? null : toHHMM(requiredEnd),
    workedMinutes: worked,
    issues,
  };
}

/**
 * R8/R11/R13: from the effective start, the span; a late flexible officer by the end of
 * the clock-out window; then the personal adjustments.
 */
function requiredEndOf(input: EvaluateInput, date: string, slot: Slot, effectiveStart: number): number {
  return adjusted(input, date, slot.flexible ? Math.min(effectiveStart + slot.span, slot.lateEnd) : slot.earliestStart + slot.span);
}

/** R15/R16: 30 minutes less in Ramadan (when the officer has the option), 60 for approved pregnancy early leave (not on shifts). */
function adjusted(input: EvaluateInput, date: string, end: number): number {
  let out = end;
  if (input.person?.ramadan && inRamadan(input.calendar, date)) out -= RAMADAN_REDUCTION;
  if (input.schedule.type !== 'SHIFT' && pregnancyAppliesOn(input.person?.pregnancy ?? [], date)) out -= PREGNANCY_EARLY_MINUTES;
  return out;
}

/** R30 with R19: the end of an outside duty that stood in for the check-in; under fixed hours and shifts, the schedule's end. */
function dutyEnd(slot: Slot, start: number, outOfStation: boolean): number {
  return slot.flexible ? outsideDutyRequiredEnd(start, outOfStation, slot) : slot.earliestStart + slot.span;
}

/**
 * R12/R13, R18, R29: minutes a check-out falls short of the required end (less grace),
 * counted from where the day's approved slips, capped, stop covering; 0 when on time.
 */
function earlyBy(input: EvaluateInput, day: Day, checkOut: number, requiredEnd: number): number {
  if (checkOut >= requiredEnd - day.slot.graceMinutes) return 0;
  const until = coveredUntil(coveredBySlips(input.movements ?? [], day.date, day.slot, day.tz, day.slotOf), checkOut);
  return until >= requiredEnd - day.slot.graceMinutes ? 0 : Math.round(requiredEnd - until);
}

/** Minutes from the effective start to the check-out, less rests that are not working time (R9). */
function workedMinutes(from: number, to: number, slot: Slot): number {
  const span = { from, to };
  return Math.max(0, Math.round(to - from - slot.rests.reduce((n, r) => n + overlap(span, r), 0)));
}

/**
 * R21f, R31: punches are classified on every working day, whole-day and half-day status
 * days included (on a BDR day the allowed place is the registered home). A punch in the
 * part of the day an outside duty, a course or a meeting covers is not held against a geofence.
 */
function outsideIssue(punches: readonly PlacedPunch[], statuses: readonly StatusInput[], slot: Slot): Issue | null {
  const noon = (slot.sessionBreak.from + slot.sessionBreak.to) / 2;
  const away = (p: PlacedPunch) => statuses.some((s) => AWAY.has(s.code) && (s.part === 'FULL' || (s.part === 'AM' ? p.minutes < noon : p.minutes >= noon)));
  return punches.some((p) => p.inside === false && !away(p)) ? { code: 'LUAR_KAWASAN', rule: ruleFor('LUAR_KAWASAN', slot.flexible) } : null;
}
