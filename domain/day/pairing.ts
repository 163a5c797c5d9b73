import type { Slot } from '../schedule/types';
import { addDays, localOf, minutesFrom } from './local-time';
import type { PunchInput } from './types';

export type PlacedPunch = PunchInput & { minutes: number };

/**
 * Assigns every punch to its work date (R2, R14): the date whose slot window holds it,
 * the nearest slot (start to required end) when two windows overlap, else its own
 * calendar date. A night
 * shift's 05:55 check-out belongs to the day before; a forgotten check-out never turns
 * the next day's check-in into a check-out.
 */
export function placePunches(punches: readonly PunchInput[], timeZone: string, slotOf: (date: string) => Slot): Map<string, PlacedPunch[]> {
  const byDate = new Map<string, PlacedPunch[]>();
  for (const p of punches) {
    const local = localOf(p.at, timeZone);
    const candidates = [addDays(local.date, -1), local.date, addDays(local.date, 1)]
      .map((date) => ({ date, slot: slotOf(date), minutes: minutesFrom(date, local) }))
      .filter((c) => c.minutes >= c.slot.windowFrom && c.minutes < c.slot.windowTo)
      .sort((a, b) => distanceToSlot(a.minutes, a.slot) - distanceToSlot(b.minutes, b.slot));
    const chosen = candidates[0] ?? { date: local.date, minutes: local.minutes };
    byDate.set(chosen.date, [...(byDate.get(chosen.date) ?? []), { ...p, minutes: chosen.minutes }]);
  }
  for (const list of byDate.values()) list.sort((a, b) => a.minutes - b.minutes || a.at.localeCompare(b.at));
  return byDate;
}

/**
 * The day's check-in and check-out: the first punch that is not marked OUT, and the last
 * later punch that is not marked IN. A lone unmarked punch is a check-in before the
 * middle of the slot, a check-out after it.
 */
export function pairPunches(list: readonly PlacedPunch[], slot: Slot): { checkIn: PlacedPunch | null; checkOut: PlacedPunch | null } {
  if (list.length === 1) {
    const p = list[0]!;
    const kind = p.kind ?? (p.minutes < slot.latestStart + slot.span / 2 ? 'IN' : 'OUT');
    return kind === 'IN' ? { checkIn: p, checkOut: null } : { checkIn: null, checkOut: p };
  }
  const checkIn = list.find((p) => p.kind !== 'OUT') ?? null;
  const outs = list.filter((p) => p.kind !== 'IN' && p !== checkIn && (!checkIn || p.minutes >= checkIn.minutes));
  return { checkIn, checkOut: outs[outs.length - 1] ?? null };
}

/** Minutes from a punch to the slot's working span; 0 inside it. */
function distanceToSlot(minutes: number, slot: Slot): number {
  const from = slot.earliestStart;
  const to = slot.latestStart + slot.span;
  return minutes < from ? from - minutes : minutes > to ? minutes - to : 0;
}
