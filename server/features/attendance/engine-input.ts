import { defaultCalendar } from '../../../domain/calendar/holiday-data';
import type { DayStatusCode, MovementInput, PunchInput, StatusInput } from '../../../domain/day/types';

/** The holiday calendar the server evaluates with, built once. */
export const calendar = defaultCalendar();

/** Stored rows as the rules engine takes them: punches, approved statuses and approved movements. */
export function punchInput(p: { at: Date; kind: string | null; place: string }): PunchInput {
  return { at: p.at.toISOString(), kind: (p.kind ?? undefined) as PunchInput['kind'], inside: p.place !== 'OUTSIDE' };
}
export function statusInput(s: { date: string; code: string; part: string }): StatusInput {
  return { date: s.date, code: s.code as DayStatusCode, part: s.part as StatusInput['part'] };
}
export function movementInput(m: { leaveAt: Date; expectedReturn: Date; actualReturn: Date | null }): MovementInput {
  return { from: m.leaveAt.toISOString(), to: (m.actualReturn ?? m.expectedReturn).toISOString(), approved: true };
}
