import type { StateCode } from '../org/states';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * Weekly rest days by state and date range (RULES R3). `weeklyHoliday` is the rest day
 * whose holidays are always replaced (R5): Sunday in Saturday–Sunday states, Friday in
 * Friday–Saturday states. Stored as data: a state's entry with no `to` is in force today.
 */
export type RestDayRule = { state: StateCode; from: string; to?: string; restDays: Weekday[]; weeklyHoliday: Weekday };

const SAT_SUN = { restDays: [6, 7] as Weekday[], weeklyHoliday: 7 as Weekday };
const FRI_SAT = { restDays: [5, 6] as Weekday[], weeklyHoliday: 5 as Weekday };
const SINCE = '1900-01-01';

export const REST_DAY_RULES: RestDayRule[] = [
  { state: 'MY-01', from: SINCE, to: '2013-12-31', ...SAT_SUN },
  { state: 'MY-01', from: '2014-01-01', to: '2024-12-31', ...FRI_SAT },
  { state: 'MY-01', from: '2025-01-01', ...SAT_SUN },
  { state: 'MY-02', from: SINCE, ...FRI_SAT },
  { state: 'MY-03', from: SINCE, ...FRI_SAT },
  { state: 'MY-11', from: SINCE, ...FRI_SAT },
  ...(['MY-04', 'MY-05', 'MY-06', 'MY-07', 'MY-08', 'MY-09', 'MY-10', 'MY-12', 'MY-13', 'MY-14', 'MY-15', 'MY-16'] as const).map((state): RestDayRule => ({
    state,
    from: SINCE,
    ...SAT_SUN,
  })),
];
