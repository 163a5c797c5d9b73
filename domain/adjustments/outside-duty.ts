/** The clock-in and clock-out windows of a flexible day (R7–R11), in minutes since midnight. */
export type FlexWindow = { earliestStart: number; latestStart: number; span: number; lateEnd: number };

/** A Monday-to-Thursday WBF day: check-in 07:30–09:00, a 9-hour span, clock-out by 18:00. */
const WBF_DAY: FlexWindow = { earliestStart: 7 * 60 + 30, latestStart: 9 * 60, span: 9 * 60, lateEnd: 18 * 60 };

/**
 * Official duty outside the office without a check-in (R19, inferred from the JPA FAQ):
 * duty that started before 07:30 may end at 16:30; duty that started after 09:00 at
 * 18:00; returning the same day from out of station, at 16:30. Between 07:30 and 09:00
 * the usual 9-hour span applies. Times in minutes since midnight. On other flexible days
 * (the short Thursday, R10) the same reading holds with that day's window: the earliest
 * end, the span from the start, or the end of the clock-out window.
 */
export function outsideDutyRequiredEnd(startedAt: number, returningFromOutstation = false, day: FlexWindow = WBF_DAY): number {
  const earliestEnd = day.earliestStart + day.span;
  if (returningFromOutstation || startedAt < day.earliestStart) return earliestEnd;
  if (startedAt > day.latestStart) return day.lateEnd;
  return startedAt + day.span;
}
