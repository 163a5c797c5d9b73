import { dayKind, inRamadan } from '../calendar/calendar';
import { PREGNANCY_EARLY_MINUTES, pregnancyAppliesOn } from '../adjustments/pregnancy';
import { overlap, toHHMM } from '../schedule/clock';
import { slotFor } from '../schedule/slot';
import type { Slot } from '../schedule/types';
import { datesBetween, localOf, minutesFrom } from './local-time';
import { ruleFor } from './issue-rules';
import { pairPunches, placePunches, type PlacedPunch } from './pairing';
import type { DayRecord, EvaluateInput, Issue } from './types';

const RAMADAN_REDUCTION = 30;

/** Evaluates every work date from `from` to `to` (R20–R21): one record per date. */
export function evaluateRange(input: EvaluateInput): DayRecord[] {
  const tz = input.timeZone ?? 'Asia/Kuala_Lumpur';
  const scheduleOn = (date: string) => input.scheduleFor?.(date) ?? input.schedule;
  const slotOf = (date: string) => slotFor(scheduleOn(date), input.state, date, input.calendar.restDayRules);
  const placed = placePunches(input.punches, tz, slotOf);
  return datesBetween(input.from, input.to).map((date) => evaluateDate({ ...input, schedule: scheduleOn(date) }, tz, date, slotOf(date), placed.get(date) ?? []));
}

function evaluateDate(input: EvaluateInput, tz: string, date: string, slot: Slot, punches: PlacedPunch[]): DayRecord {
  const calendarKind = dayKind(input.calendar, input.state, date);
  const planned = calendarKind.type === 'HOLIDAY' ? undefined : input.dayTypeFor?.(date);
  const kind = planned ? { type: planned } : calendarKind;
  const { checkIn, checkOut } = pairPunches(punches, slot);
  const base = {
    date, holiday: kind.type === 'HOLIDAY' ? kind.name : null, checkIn: checkIn?.at ?? null, checkOut: checkOut?.at ?? null,
    lateMinutes: 0, earlyMinutes: 0, workedOnRestDay: false,
  };
  if (kind.type !== 'WORKING') {
    // R6: no offence on a rest day or holiday; work done is kept and reported.
    const worked = checkIn && checkOut ? workedMinutes(checkIn.minutes, checkOut.minutes, slot) : 0;
    return { ...base, dayType: kind.type, status: kind.type === 'REST' ? 'HARI_REHAT' : 'CUTI_UMUM', effectiveStart: null, requiredEnd: null, workedMinutes: worked, issues: [], workedOnRestDay: punches.length > 0 };
  }
  const statuses = (input.statuses ?? []).filter((s) => s.date === date);
  const full = statuses.find((s) => s.part === 'FULL');
  const am = statuses.find((s) => s.part === 'AM');
  const pm = statuses.find((s) => s.part === 'PM');
  if (full) {
    // R17: a whole-day approved status covers the day.
    const worked = checkIn && checkOut ? workedMinutes(Math.max(checkIn.minutes, slot.earliestStart), checkOut.minutes, slot) : 0;
    return { ...base, dayType: 'WORKING', status: full.code, effectiveStart: null, requiredEnd: null, workedMinutes: worked, issues: [] };
  }
  if (punches.length === 0) {
    const half = am ?? pm;
    return { ...base, dayType: 'WORKING', status: half ? half.code : 'TIDAK_HADIR', effectiveStart: null, requiredEnd: null, workedMinutes: 0, issues: [{ code: 'TIDAK_HADIR', rule: ruleFor('TIDAK_HADIR', slot.flexible) }] };
  }
  const issues: Issue[] = [];
  let effectiveStart: number | null = null;
  let requiredEnd: number | null = null;
  let worked = 0;
  let late = 0;
  let early = 0;
  if (checkIn) {
    effectiveStart = Math.max(checkIn.minutes, slot.earliestStart);
    requiredEnd = requiredEndOf(input, date, slot, effectiveStart);
    if (checkIn.minutes > slot.latestStart + slot.graceMinutes && !am) {
      late = Math.round(checkIn.minutes - slot.latestStart);
      issues.push({ code: 'LEWAT', minutes: late, rule: ruleFor('LEWAT', slot.flexible) });
    }
    if (checkOut) {
      worked = workedMinutes(effectiveStart, checkOut.minutes, slot);
      if (checkOut.minutes < requiredEnd - slot.graceMinutes && !pm && !slipCovers(input, tz, date, checkOut.minutes, requiredEnd - slot.graceMinutes)) {
        early = Math.round(requiredEnd - checkOut.minutes);
        issues.push({ code: 'BALIK_AWAL', minutes: early, rule: ruleFor('BALIK_AWAL', slot.flexible) });
      }
    } else if (!pm) {
      issues.push({ code: 'TIADA_DAFTAR_KELUAR', rule: ruleFor('TIADA_DAFTAR_KELUAR', slot.flexible) });
    }
  } else if (!am) {
    issues.push({ code: 'TIADA_DAFTAR_MASUK', rule: ruleFor('TIADA_DAFTAR_MASUK', slot.flexible) });
  }
  if (punches.some((p) => p.inside === false)) issues.push({ code: 'LUAR_KAWASAN', rule: ruleFor('LUAR_KAWASAN', slot.flexible) });
  return {
    ...base, dayType: 'WORKING', status: 'HADIR', lateMinutes: late, earlyMinutes: early,
    effectiveStart: effectiveStart === null ? null : toHHMM(effectiveStart), requiredEnd: requiredEnd === null ? null : toHHMM(requiredEnd),
    workedMinutes: worked, issues,
  };
}

/**
 * R8/R11/R13/R15/R16: from the effective start, the span; a late flexible officer by
 * the end of the clock-out window; less 30 minutes in Ramadan (when the officer has the
 * option) and 60 minutes for approved pregnancy early leave (not on shifts).
 */
function requiredEndOf(input: EvaluateInput, date: string, slot: Slot, effectiveStart: number): number {
  let end = slot.flexible ? Math.min(effectiveStart + slot.span, slot.lateEnd) : slot.earliestStart + slot.span;
  if (input.person?.ramadan && inRamadan(input.calendar, date)) end -= RAMADAN_REDUCTION;
  if (input.schedule.type !== 'SHIFT' && pregnancyAppliesOn(input.person?.pregnancy ?? [], date)) end -= PREGNANCY_EARLY_MINUTES;
  return end;
}

/** Minutes from the effective start to the check-out, less rests that are not working time (R9). */
function workedMinutes(from: number, to: number, slot: Slot): number {
  const span = { from, to };
  return Math.max(0, Math.round(to - from - slot.rests.reduce((n, r) => n + overlap(span, r), 0)));
}

/** R18: an approved slip that starts by the check-out and reaches the end of the day. */
function slipCovers(input: EvaluateInput, tz: string, date: string, checkOut: number, needed: number): boolean {
  return (input.movements ?? []).some((m) => {
    if (!m.approved) return false;
    const from = minutesFrom(date, localOf(m.from, tz));
    const to = minutesFrom(date, localOf(m.to, tz));
    return from <= checkOut + 1 && to >= needed;
  });
}

