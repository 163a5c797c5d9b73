import { Temporal } from 'temporal-polyfill';

/** An instant as the organisation sees it: its local calendar date and minutes since that midnight. */
export function localOf(at: string, timeZone: string): { date: string; minutes: number } {
  const z = Temporal.Instant.from(at).toZonedDateTimeISO(timeZone);
  return { date: z.toPlainDate().toString(), minutes: z.hour * 60 + z.minute + z.second / 60 };
}

export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = Temporal.PlainDate.from(from); Temporal.PlainDate.compare(d, Temporal.PlainDate.from(to)) <= 0; d = d.add({ days: 1 })) out.push(d.toString());
  return out;
}

/** Minutes of `date`'s clock for a local (date, minutes) that may lie on a neighbouring day. */
export function minutesFrom(date: string, local: { date: string; minutes: number }): number {
  const days = Temporal.PlainDate.from(date).until(Temporal.PlainDate.from(local.date)).days;
  return days * 1440 + local.minutes;
}
