import { Temporal } from 'temporal-polyfill';
import { restRuleFor } from '../calendar/calendar';
import type { RestDayRule } from '../calendar/rest-days';
import type { StateCode } from '../org/states';
import { toMinutes } from './clock';
import type { Schedule, Slot } from './types';

const WBF_EARLIEST = 7 * 60 + 30;
const WBF_LATEST = 9 * 60;
const HOUR = 60;
/** R14's default pairing margins, also used by fixed hours that end the next day (R32). */
export const DEFAULT_MARGIN_BEFORE_MINUTES = 4 * HOUR;
export const DEFAULT_MARGIN_AFTER_MINUTES = 6 * HOUR;
const WBF_REST = { from: 13 * HOUR, to: 14 * HOUR };

/**
 * The slot of one work date under a schedule (R7–R14). WBF: 07:30–09:00 check-in,
 * 9h span with a 1h rest; Friday in Saturday–Sunday states has the long Friday
 * prayer rest (12:15–14:45; Sabah and Labuan 11:30–14:00) outside working time;
 * Thursday in Friday–Saturday states is 7h30 with clock-out window 15:00–16:30.
 */
export function slotFor(schedule: Schedule, state: StateCode, date: string, rules: readonly RestDayRule[]): Slot {
  const grace = schedule.graceMinutes ?? 0;
  if (schedule.type === 'WBF') {
    const dow = Temporal.PlainDate.from(date).dayOfWeek;
    const rule = restRuleFor(rules, state, date);
    const friSat = rule.weeklyHoliday === 5;
    const shortThursday = friSat && dow === 4;
    const fridayPrayer = !friSat && dow === 5;
    const eastMalaysia = state === 'MY-12' || state === 'MY-15';
    const span = shortThursday ? 7 * HOUR + 30 : 9 * HOUR;
    const rests = fridayPrayer
      ? [eastMalaysia ? { from: toMinutes('11:30'), to: toMinutes('14:00') } : { from: toMinutes('12:15'), to: toMinutes('14:45') }]
      : [];
    return {
      earliestStart: WBF_EARLIEST,
      latestStart: WBF_LATEST,
      span,
      lateEnd: shortThursday ? toMinutes('16:30') : toMinutes('18:00'),
      rests,
      graceMinutes: grace,
      windowFrom: 0,
      windowTo: 1440,
      flexible: true,
      restInSpan: fridayPrayer ? rests[0]!.to - rests[0]!.from : HOUR,
      sessionBreak: rests[0] ?? WBF_REST,
    };
  }
  const start = toMinutes(schedule.start);
  let end = toMinutes(schedule.end);
  const overnight = end <= start;
  if (overnight) end += 1440; // ends the next day (R14, R32)
  const rests = (schedule.rests ?? []).map((r) => {
    const from = toMinutes(r.from);
    const to = toMinutes(r.to);
    return { from: from < start ? from + 1440 : from, to: to <= from ? to + 1440 : to < start ? to + 1440 : to };
  });
  // Shifts, and fixed hours that end the next day (R32), pair within their margins; day-time fixed hours own their calendar day.
  const margins = schedule.type === 'SHIFT' || overnight;
  const before = schedule.type === 'SHIFT' ? (schedule.marginBeforeMinutes ?? DEFAULT_MARGIN_BEFORE_MINUTES) : DEFAULT_MARGIN_BEFORE_MINUTES;
  const after = schedule.type === 'SHIFT' ? (schedule.marginAfterMinutes ?? DEFAULT_MARGIN_AFTER_MINUTES) : DEFAULT_MARGIN_AFTER_MINUTES;
  const middle = start + (end - start) / 2;
  return {
    earliestStart: start,
    latestStart: start,
    span: end - start,
    lateEnd: end,
    rests,
    graceMinutes: grace,
    windowFrom: margins ? start - before : 0,
    windowTo: margins ? end + after : 1440,
    flexible: false,
    restInSpan: rests.reduce((n, r) => n + (r.to - r.from), 0),
    sessionBreak: [...rests].sort((a, b) => a.from - b.from)[0] ?? { from: middle, to: middle },
  };
}
