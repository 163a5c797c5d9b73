import { movementCapMinutes } from '../adjustments/movements';
import type { Slot } from '../schedule/types';
import { workDateOf } from './pairing';
import { minutesFrom, localOf } from './local-time';
import type { MovementInput } from './types';

/**
 * The time approved slips (R18) cover on a work date, capped at evaluation (R29): the
 * slips of the date in time order, each covering what the day's cap has left (overlaps
 * counted once); beyond the cap a slip covers nothing. The cap is that of the date's own
 * slot. Minutes of the date's clock.
 */
export function coveredBySlips(
  movements: readonly MovementInput[],
  date: string,
  slot: Slot,
  timeZone: string,
  slotOf: (date: string) => Slot,
): { from: number; to: number }[] {
  const mine = movements
    .filter((m) => m.approved && workDateOf(m.from, timeZone, slotOf).date === date)
    .map((m) => ({ from: minutesFrom(date, localOf(m.from, timeZone)), to: minutesFrom(date, localOf(m.to, timeZone)) }))
    .filter((m) => m.to > m.from)
    .sort((a, b) => a.from - b.from || a.to - b.to);
  let left = movementCapMinutes(slot.span, slot.restInSpan);
  let reached = -Infinity;
  const out: { from: number; to: number }[] = [];
  for (const m of mine) {
    const from = Math.max(m.from, reached);
    if (m.to <= from || left <= 0) continue;
    const to = Math.min(m.to, from + left);
    left -= to - from;
    reached = to;
    out.push({ from, to });
  }
  return out;
}

/**
 * How far the covered time reaches from a check-out (R12, R18): the end of the covered
 * intervals that run on, without a gap, from the moment the officer left (a slip may
 * start up to a minute after the check-out). The check-out itself when none does.
 */
export function coveredUntil(covered: readonly { from: number; to: number }[], checkOut: number): number {
  let until = checkOut;
  for (const c of covered) if (c.from <= until + 1 && c.to > until) until = c.to;
  return until;
}
