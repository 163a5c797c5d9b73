import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { cardHistory } from '../cards/cards';
import { defaultCalendar } from '../calendar/holiday-data';
import { evaluateRange } from '../day/evaluate';
import { cardsFileSchema, evaluateFileSchema } from './input-schema';

/**
 * `npm run --silent rules -- evaluate FILE.json` and `… cards FILE.json` (docs/rules.md).
 * The one place in domain/ that touches I/O: it reads the file and prints JSON.
 */
const USAGE = 'Usage: npm run --silent rules -- evaluate FILE.json | cards FILE.json';

class InputError extends Error {}

function parse<T extends z.ZodType>(schema: T, file: string): z.output<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(`${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `not valid JSON (${(err as Error).message})`}`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    throw new InputError(r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('\n'));
  }
  return r.data;
}

function evaluate(file: string) {
  const input = parse(evaluateFileSchema, file);
  const inside = new Map(input.locations.map((l) => [Date.parse(l.at), l.inside]));
  const days = evaluateRange({
    calendar: defaultCalendar(),
    state: input.state,
    schedule: input.schedule,
    timeZone: input.timeZone,
    person: input.person,
    from: input.from,
    to: input.to,
    punches: input.punches.map((p) => ({ ...p, inside: inside.get(Date.parse(p.at)) })),
    statuses: input.statuses,
    movements: input.movements,
  });
  return {
    days: days.map((d) => ({
      date: d.date, dayType: d.dayType, holiday: d.holiday, status: d.status, effectiveStart: d.effectiveStart, requiredEnd: d.requiredEnd,
      workedMinutes: d.workedMinutes, issues: d.issues.map((i) => (i.minutes === undefined ? { code: i.code } : { code: i.code, minutes: i.minutes })),
    })),
  };
}

function cards(file: string) {
  const input = parse(cardsFileSchema, file);
  return { months: cardHistory(input.start, input.months, input.thresholds).map((m) => ({ month: m.month, card: m.card })) };
}

function main(argv: string[]): number {
  const [command, file] = argv;
  if (!file || (command !== 'evaluate' && command !== 'cards')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    process.stdout.write(`${JSON.stringify(command === 'evaluate' ? evaluate(file) : cards(file), null, 2)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`Invalid input:\n${err.message}\n`);
      return 2;
    }
    process.stderr.write(`Failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
