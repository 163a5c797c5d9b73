import { toMinutes } from './clock';

/** A date's planned times ("HH:MM"; an end at or before the start is the next day), or null when off or flexible (WBF has no fixed times). */
export type PlannedTimes = { start: string; end: string } | null;

export type RosterConflict = 'OVERLAP' | 'SHORT_REST';

/**
 * What is wrong between two consecutive dates' plans: the later one starting before the
 * earlier one ends (OVERLAP), or less rest between them than `minimumRestMinutes` (SHORT_REST).
 */
export function conflictBetween(previous: PlannedTimes, current: PlannedTimes, minimumRestMinutes: number): RosterConflict | null {
  if (!previous || !current) return null;
  const prevStart = toMinutes(previous.start);
  let prevEnd = toMinutes(previous.end);
  if (prevEnd <= prevStart) prevEnd += 1440;
  const start = 1440 + toMinutes(current.start);
  if (start < prevEnd) return 'OVERLAP';
  return start - prevEnd < minimumRestMinutes ? 'SHORT_REST' : null;
}
