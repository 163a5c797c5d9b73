import { cycleDay } from '../../../domain/schedule/plan';
import type { WorkPattern, WorkSchedule } from '../../api/types';
import { addDays } from '../../ui/dates';

/** A FIXED or SHIFT schedule whose end is at or before its start ends the next day (R32). */
export function endsNextDay(start: string | null, end: string | null): boolean {
  return start !== null && end !== null && end <= start;
}

/** A schedule's hours as a short text: "22:00–06:00" (WBF has none). */
export function hoursText(s: Pick<WorkSchedule, 'start' | 'end'>): string | null {
  return s.start && s.end ? `${s.start}–${s.end}` : null;
}

/** A short label for a grid cell: the name when it is short, else its words' initials ("Syif malam" → "SM"). */
export function shortName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length <= 6) return trimmed;
  const words = trimmed.split(/\s+/);
  if (words.length === 1) return trimmed.slice(0, 5);
  return words
    .slice(0, 3)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Every date from `from` to `to`, both included (empty when `to` is before `from`; at most 366). */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length < 366; d = addDays(d, 1)) out.push(d);
  return out;
}

/** What a paint puts in each cell: one schedule, off, or a pattern's day for each date. */
export type PaintChoice = { kind: 'schedule'; scheduleId: string } | { kind: 'off' } | { kind: 'pattern'; pattern: Pick<WorkPattern, 'anchor' | 'days'> };

/** The roster cells a paint writes: each selected officer, each date of the range, with its schedule (null: off). */
export function paintCells(
  userIds: readonly string[],
  from: string,
  to: string,
  choice: PaintChoice,
): { userId: string; date: string; scheduleId: string | null }[] {
  const dates = datesBetween(from, to);
  const scheduleOn = (date: string): string | null =>
    choice.kind === 'schedule' ? choice.scheduleId : choice.kind === 'off' ? null : (choice.pattern.days[cycleDay(choice.pattern, date)] ?? null);
  return userIds.flatMap((userId) => dates.map((date) => ({ userId, date, scheduleId: scheduleOn(date) })));
}

/** A cycle of `on` working days under one schedule and `off` days off, repeated to `length` days ("4 on, 4 off"). */
export function onOffCycle(length: number, on: number, off: number, scheduleId: string): (string | null)[] {
  const period = Math.max(1, on + off);
  return Array.from({ length }, (_, i) => (i % period < on ? scheduleId : null));
}

/** The month before or after "YYYY-MM". */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}
