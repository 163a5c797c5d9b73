import { addDays } from '../../ui/dates';

/** Weeks of "YYYY-MM-DD" work dates for the tasks page; the date arithmetic itself is ui/dates.ts. */
export { addDays, todayIn } from '../../ui/dates';

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Monday of the week holding `date` (weeks run Monday–Sunday). */
export function mondayOf(date: string): string {
  const weekday = toUtc(date).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** The seven dates of the week starting on `monday`. */
export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}
