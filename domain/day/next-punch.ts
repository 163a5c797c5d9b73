import { slotFor } from '../schedule/slot';
import { evaluateRange } from './evaluate';
import { workDateOf } from './pairing';
import type { EvaluateInput } from './types';

export type NextPunchInput = Omit<EvaluateInput, 'from' | 'to'> & {
  /** When the next punch would be made (ISO 8601 with offset): now, for the clock button. */
  at: string;
};

/**
 * What the officer's next punch would be read as (R33): the clock button's label. The
 * same pairing as the evaluation, against the officer's schedule for the work date the
 * punch falls in (R2, R14, R32) and that date's statuses (R28, R30), not the calendar
 * day; `punches` are those so far (a day either side of `at` is enough).
 */
export function nextPunchKind(input: NextPunchInput): { kind: 'IN' | 'OUT'; workDate: string } {
  const tz = input.timeZone ?? 'Asia/Kuala_Lumpur';
  const slotOf = (date: string) => slotFor(input.scheduleFor?.(date) ?? input.schedule, input.state, date, input.calendar.restDayRules);
  const { date } = workDateOf(input.at, tz, slotOf);
  const [record] = evaluateRange({ ...input, from: date, to: date, punches: [...input.punches, { at: input.at }] });
  return { kind: record?.checkIn === input.at ? 'IN' : 'OUT', workDate: date };
}
