import { Temporal } from 'temporal-polyfill';
import { STATE_CODES, type StateCode } from '../org/states';
import { REST_DAY_RULES, type RestDayRule, type Weekday } from './rest-days';

/** One holiday as admins maintain it: a date, a name, and where it applies. */
export type HolidayEntry = { date: string; name: string; states: StateCode[] | 'ALL'; except?: StateCode[] };

/** Per state: is a holiday on the rest day that is not the weekly holiday (Saturday) replaced too? Default no (R5). */
export type ReplacementSettings = Partial<Record<StateCode, { otherRestDayReplaced: boolean }>>;

export type DayKind = { type: 'WORKING' } | { type: 'REST' } | { type: 'HOLIDAY'; name: string; replacement: boolean };

/**
 * The calendar the engine works on, built from data (shipped files or database rows):
 * rest-day rules, holidays per state and date (replacement days already placed), and
 * Ramadan periods (for R16).
 */
export type Calendar = {
  restDayRules: readonly RestDayRule[];
  /** state → date → the holiday shown for that day (replacement days included). */
  holidays: ReadonlyMap<StateCode, ReadonlyMap<string, { name: string; replacement: boolean }>>;
  ramadan: readonly { from: string; to: string }[];
};

export function restRuleFor(rules: readonly RestDayRule[], state: StateCode, date: string): RestDayRule {
  const rule = rules.find((r) => r.state === state && r.from <= date && (!r.to || date <= r.to));
  if (!rule) throw new Error(`no rest-day rule for ${state} on ${date}`);
  return rule;
}

export function isRestDay(rules: readonly RestDayRule[], state: StateCode, date: string): boolean {
  return restRuleFor(rules, state, date).restDays.includes(Temporal.PlainDate.from(date).dayOfWeek as Weekday);
}

/**
 * Places holidays per state and adds replacement days (R5): a holiday on the state's
 * weekly holiday (or, where the state says so, on its other rest day) moves to the next
 * working day that is not itself a holiday. Two holidays on one day make one replacement.
 */
export function buildCalendar(input: {
  holidays: readonly HolidayEntry[];
  restDayRules?: readonly RestDayRule[];
  replacement?: ReplacementSettings;
  ramadan?: readonly { from: string; to: string }[];
  replacementName?: (name: string) => string;
}): Calendar {
  const rules = input.restDayRules ?? REST_DAY_RULES;
  const label = input.replacementName ?? ((n: string) => `Cuti ganti ${n}`);
  const holidays = new Map<StateCode, Map<string, { name: string; replacement: boolean }>>();
  for (const state of STATE_CODES) {
    const own = new Map<string, { name: string; replacement: boolean }>();
    for (const h of input.holidays) {
      const applies = (h.states === 'ALL' || h.states.includes(state)) && !(h.except ?? []).includes(state);
      if (applies && !own.has(h.date)) own.set(h.date, { name: h.name, replacement: false });
    }
    const placed = new Map(own);
    for (const date of [...own.keys()].sort()) {
      const rule = restRuleFor(rules, state, date);
      const dow = Temporal.PlainDate.from(date).dayOfWeek as Weekday;
      const other = rule.restDays.includes(dow) && dow !== rule.weeklyHoliday;
      if (dow !== rule.weeklyHoliday && !(other && input.replacement?.[state]?.otherRestDayReplaced)) continue;
      let d = Temporal.PlainDate.from(date).add({ days: 1 });
      while (isRestDay(rules, state, d.toString()) || placed.has(d.toString())) d = d.add({ days: 1 });
      placed.set(d.toString(), { name: label(own.get(date)?.name ?? ''), replacement: true });
    }
    holidays.set(state, placed);
  }
  return { restDayRules: rules, holidays, ramadan: input.ramadan ?? [] };
}

export function dayKind(cal: Calendar, state: StateCode, date: string): DayKind {
  const holiday = cal.holidays.get(state)?.get(date);
  if (holiday) return { type: 'HOLIDAY', ...holiday };
  return isRestDay(cal.restDayRules, state, date) ? { type: 'REST' } : { type: 'WORKING' };
}

export function inRamadan(cal: Calendar, date: string): boolean {
  return cal.ramadan.some((r) => r.from <= date && date <= r.to);
}
