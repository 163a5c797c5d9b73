import type { Slot } from '../schedule/types';
import { addDays, localOf, minutesFrom } from './local-time';
import type { PunchInput } from './types';

export type PlacedPunch = PunchInput & { minutes: number };

/**
 * The work date an instant belongs to (R2, R14, R32): the date whose slot window holds
 * it, else its own calendar date. Where two windows overlap (a night shift before a day
 * schedule), an unmarked instant goes to the slot whose working span is nearest; a punch
 * declared OUT to the slot whose end is nearest, one declared IN to the slot whose start
 * is nearest (R33: a declared kind is honoured). Minutes are of the chosen date's clock.
 */
export function workDateOf(at: string, timeZone: string, slotOf: (date: string) => Slot, kind?: 'IN' | 'OUT'): { date: string; minutes: number } {
  const local = localOf(at, timeZone);
  const distance = kind === 'OUT' ? distanceToEnd : kind === 'IN' ? distanceToStart : distanceToSlot;
  const candidates = [addDays(local.date, -1), local.date, addDays(local.date, 1)]
    .map((date) => ({ date, slot: slotOf(date), minutes: minutesFrom(date, local) }))
    .filter((c) => c.minutes >= c.slot.windowFrom && c.minutes < c.slot.windowTo)
    .sort((a, b) => distance(a.minutes, a.slot) - distance(b.minutes, b.slot));
  const chosen = candidates[0];
  return chosen ? { date: chosen.date, minutes: chosen.minutes } : { date: local.date, minutes: local.minutes };
}

/**
 * Assigns every punch to its work date (`workDateOf`). A night shift's 05:55 check-out
 * belongs to the day before; a forgotten check-out never turns the next day's check-in
 * into a check-out. Each date's punches are in time order (a declared IN before a
 * declared OUT at the same instant), whatever the order they came in.
 */
export function placePunches(punches: readonly PunchInput[], timeZone: string, slotOf: (date: string) => Slot): Map<string, PlacedPunch[]> {
  const byDate = new Map<string, PlacedPunch[]>();
  for (const p of punches) {
    const { date, minutes } = workDateOf(p.at, timeZone, slotOf, p.kind);
    byDate.set(date, [...(byDate.get(date) ?? []), { ...p, minutes }]);
  }
  for (const list of byDate.values()) list.sort(inOrder);
  return byDate;
}

const KIND_ORDER = { IN: 0, undefined: 1, OUT: 2 } as const;
function inOrder(a: PlacedPunch, b: PlacedPunch): number {
  return (
    a.minutes - b.minutes ||
    Date.parse(a.at) - Date.parse(b.at) ||
    KIND_ORDER[`${a.kind}`] - KIND_ORDER[`${b.kind}`] ||
    Number(a.inside === false) - Number(b.inside === false)
  );
}

/**
 * The day's check-in and check-out (R33): the first punch that is not declared OUT, and
 * the last later punch that is not declared IN. A lone unmarked punch is a check-in
 * before `middle`, a check-out from it on; `middle` is the middle of the part of the day
 * the officer works (the whole slot, or the session a half-day status leaves, R28).
 */
export function pairPunches(
  list: readonly PlacedPunch[],
  slot: Slot,
  middle = slot.latestStart + slot.span / 2,
): { checkIn: PlacedPunch | null; checkOut: PlacedPunch | null } {
  if (list.length === 1) {
    const p = list[0]!;
    const kind = p.kind ?? (p.minutes < middle ? 'IN' : 'OUT');
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
const distanceToStart = (minutes: number, slot: Slot) => Math.abs(minutes - slot.earliestStart);
const distanceToEnd = (minutes: number, slot: Slot) => Math.abs(minutes - (slot.latestStart + slot.span));
