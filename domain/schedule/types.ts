/** Schedules (RULES §3). Times are local "HH:MM" in the organisation's time zone. */
export type WbfSchedule = { type: 'WBF'; graceMinutes?: number };
export type FixedSchedule = { type: 'FIXED'; start: string; end: string; rests?: { from: string; to: string }[]; graceMinutes?: number };
/** A shift; `end` at or before `start` is the next day (R14). Punches pair within start − `marginBeforeMinutes` … end + `marginAfterMinutes` (default 4 h and 6 h). */
export type ShiftSchedule = {
  type: 'SHIFT';
  start: string;
  end: string;
  rests?: { from: string; to: string }[];
  graceMinutes?: number;
  marginBeforeMinutes?: number;
  marginAfterMinutes?: number;
};
export type Schedule = WbfSchedule | FixedSchedule | ShiftSchedule;

/**
 * One work date's slot, in minutes from that date's local midnight (may pass 1440 for
 * an overnight shift). `earliestStart`: a check-in before it counts from it.
 * `latestStart`: a first check-in after it (+ grace) is late (R11). `span`: required
 * minutes from the effective start (R8). `lateEnd`: the required end of a late officer
 * (end of the clock-out window, R11; a fixed or shift schedule's end). `rests`: rest
 * periods outside working time (a fixed schedule's rests, WBF's Friday prayer rest; WBF's
 * 1 h rest lies inside `span` and is in `restInSpan` only).
 */
export type Slot = {
  earliestStart: number;
  latestStart: number;
  span: number;
  lateEnd: number;
  rests: { from: number; to: number }[];
  /** Minutes a first check-in may pass `latestStart`, and a last check-out come before the required end, with no issue (R11, R12). */
  graceMinutes: number;
  /** Punches of this work date may fall in [windowFrom, windowTo). */
  windowFrom: number;
  windowTo: number;
  flexible: boolean;
  /** Minutes of rest inside the span (WBF's 1 h, R8; the Friday prayer rest; a fixed schedule's rests): the daily movement cap (R18) leaves them out. */
  restInSpan: number;
  /** The rest between the morning and the afternoon session (R28): AM ends at `from`, PM starts at `to`. */
  sessionBreak: { from: number; to: number };
};
