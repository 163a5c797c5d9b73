/** Schedules (RULES §3). Times are local "HH:MM" in the organisation's time zone. */
export type WbfSchedule = { type: 'WBF'; graceMinutes?: number };
export type FixedSchedule = { type: 'FIXED'; start: string; end: string; rests?: { from: string; to: string }[]; graceMinutes?: number };
/** A shift; `end` at or before `start` is the next day (R14). Punches pair within start − `marginBeforeMinutes` … end + `marginAfterMinutes` (default 4 h and 6 h). */
export type ShiftSchedule = { type: 'SHIFT'; start: string; end: string; rests?: { from: string; to: string }[]; graceMinutes?: number; marginBeforeMinutes?: number; marginAfterMinutes?: number };
export type Schedule = WbfSchedule | FixedSchedule | ShiftSchedule;

/**
 * One work date's slot, in minutes from that date's local midnight (may pass 1440 for
 * an overnight shift). `latestStart`: a first check-in after it (+ grace) is late.
 * `span`: required minutes from the effective start. `lateEnd`: the required end of a
 * late officer (end of the clock-out window, R11). `rests`: rest periods that are not working time.
 */
export type Slot = {
  earliestStart: number;
  latestStart: number;
  span: number;
  lateEnd: number;
  rests: { from: number; to: number }[];
  /** Rest already inside `span` that counts as part of the working span (WBF's 1 hour, R8). */
  graceMinutes: number;
  /** Punches of this work date may fall in [windowFrom, windowTo). */
  windowFrom: number;
  windowTo: number;
  flexible: boolean;
  /** Minutes of rest in the span, for the daily movement cap (R18). */
  restInSpan: number;
  /** The rest between the morning and the afternoon session (R28): AM ends at `from`, PM starts at `to`. */
  sessionBreak: { from: number; to: number };
};
