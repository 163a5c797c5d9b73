/**
 * Official duty outside the office without a check-in (R19, inferred from the JPA FAQ):
 * duty that started before 07:30 may end at 16:30; duty that started after 09:00 at
 * 18:00; returning the same day from out of station, at 16:30. Between 07:30 and 09:00
 * the usual 9-hour span applies. Times in minutes since midnight.
 */
export function outsideDutyRequiredEnd(startedAt: number, returningFromOutstation = false): number {
  if (returningFromOutstation || startedAt < 7 * 60 + 30) return 16 * 60 + 30;
  if (startedAt > 9 * 60) return 18 * 60;
  return startedAt + 9 * 60;
}
