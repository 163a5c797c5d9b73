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
