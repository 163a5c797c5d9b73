import { Temporal } from 'temporal-polyfill';

/** The weeks of a month as rows of 7 cells (Monday first); null before the 1st and after the last day. */
export function monthGrid(month: string): (string | null)[][] {
  const ym = Temporal.PlainYearMonth.from(month);
  const first = ym.toPlainDate({ day: 1 });
  const cells: (string | null)[] = Array.from({ length: first.dayOfWeek - 1 }, () => null);
  for (let d = 1; d <= ym.daysInMonth; d++) cells.push(ym.toPlainDate({ day: d }).toString());
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

export function shiftMonth(month: string, by: number): string {
  return Temporal.PlainYearMonth.from(month).add({ months: by }).toString();
}
