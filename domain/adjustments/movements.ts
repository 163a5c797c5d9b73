/**
 * The daily cap of time slips out of the office (R18): min(4 h, half the day's working
 * hours excluding rest). `spanMinutes` and `restMinutes` come from the day's slot.
 */
export function movementCapMinutes(spanMinutes: number, restMinutes: number): number {
  return Math.min(240, Math.floor((spanMinutes - restMinutes) / 2));
}

/** Minutes the movements of one day take in all, and whether they fit the cap. */
export function checkMovementCap(movementMinutes: readonly number[], spanMinutes: number, restMinutes: number) {
  const total = movementMinutes.reduce((a, b) => a + b, 0);
  const cap = movementCapMinutes(spanMinutes, restMinutes);
  return { total, cap, ok: total <= cap };
}

/**
 * The working span of a date under the officer's schedule, in minutes of that date's
 * clock: from the earliest start to the latest end (WBF 07:30–18:00, or 07:30–16:30 on
 * the short Thursday; a fixed or shift schedule's start to its end). A movement (R18) is
 * leaving the office during hours, so it must lie inside it.
 */
export function workingSpan(slot: { earliestStart: number; lateEnd: number }): { from: number; to: number } {
  return { from: slot.earliestStart, to: slot.lateEnd };
}

/** Whether a movement from `leave` to `back` (minutes of the date's clock) lies inside the span. */
export function withinWorkingSpan(span: { from: number; to: number }, leave: number, back: number): boolean {
  return leave >= span.from && back <= span.to;
}
