import { Temporal } from 'temporal-polyfill';

/** An instant as the organisation sees it: its local calendar date and minutes since that midnight. */
export function localOf(at: string, timeZone: string): { date: string; minutes: number } {
  const z = Temporal.Instant.from(at).toZonedDateTimeISO(timeZone);
  return { date: z.toPlainDate().toString(), minutes: z.hour * 60 + z.minute + z.second / 60 };
}

/** The instant a local date begins (its midnight) in the time zone. */
export function startOfDay(date: string, timeZone: string): Date {
  return new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds);
}

/*
 * The date arithmetic below is asked the same few questions for every officer of a day
 * close (the day before, the day after, how far apart): answers are kept, a bounded number,
 * since parsing dates is most of what evaluating a day costs.
 */
const MEMO_LIMIT = 4096;
function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = make();
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}
const shifted = new Map<string, string>();
const spans = new Map<string, readonly string[]>();
const gaps = new Map<string, number>();

export function addDays(date: string, days: number): string {
  return memo(shifted, `${date}|${days}`, () => Temporal.PlainDate.from(date).add({ days }).toString());
}

export function datesBetween(from: string, to: string): string[] {
  return [
    ...memo(spans, `${from}|${to}`, () => {
      const out: string[] = [];
      for (let d = Temporal.PlainDate.from(from); Temporal.PlainDate.compare(d, Temporal.PlainDate.from(to)) <= 0; d = d.add({ days: 1 }))
        out.push(d.toString());
      return out;
    }),
  ];
}

/** Minutes of `date`'s clock for a local (date, minutes) that may lie on a neighbouring day. */
export function minutesFrom(date: string, local: { date: string; minutes: number }): number {
  const days = memo(gaps, `${date}|${local.date}`, () => Temporal.PlainDate.from(date).until(Temporal.PlainDate.from(local.date)).days);
  return days * 1440 + local.minutes;
}
