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

/** Date and time as people read them in the language, in the organisation's zone (e.g. "26 Nov 2026, 12:53 PG"). */
export function dateTimeFormat(language: string, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
}
