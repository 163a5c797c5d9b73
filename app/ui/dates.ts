/** Calendar arithmetic on "YYYY-MM-DD" work dates (no time zone: a date is a day), shared by the pages. */

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The date of `now` on the calendar of `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A local date and "HH:MM" in Malaysia (UTC+8 all year, every agency) as an ISO instant. */
export function malaysiaInstant(date: string, time: string): string {
  return `${date}T${time}:00+08:00`;
}

/* Dates, times and durations as people read them: domain/format, bound to the language and zone by useFormat(). */
