import type { z } from 'zod';
import { cardHistory } from '../cards/cards';
import { defaultCalendar } from '../calendar/holiday-data';
import { evaluateRange } from '../day/evaluate';
import { cardsFileSchema, evaluateFileSchema } from './input-schema';

/**
 * `npm run --silent rules -- evaluate FILE.json` and `… cards FILE.json` (docs/rules.md):
 * what the command answers, with no I/O of its own. The shell (server/cli/rules.ts) reads
 * the file and writes the answer out.
 */
const USAGE = 'Usage: npm run --silent rules -- evaluate FILE.json | cards FILE.json';

class InputError extends Error {}

/** A file's text, or why it could not be read ("file not found"). */
export type ReadFile = (file: string) => { text: string } | { error: string };

function parse<T extends z.ZodType>(schema: T, file: string, read: ReadFile): z.output<T> {
  const got = read(file);
  if ('error' in got) throw new InputError(`${file}: ${got.error}`);
  let raw: unknown;
  try {
    raw = JSON.parse(got.text);
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    throw new InputError(r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('\n'));
  }
  return r.data;
}

function evaluate(file: string, read: ReadFile) {
  const input = parse(evaluateFileSchema, file, read);
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
      date: d.date,
      dayType: d.dayType,
      holiday: d.holiday,
      status: d.status,
      effectiveStart: d.effectiveStart,
      requiredEnd: d.requiredEnd,
      workedMinutes: d.workedMinutes,
      issues: d.issues.map((i) => (i.minutes === undefined ? { code: i.code } : { code: i.code, minutes: i.minutes })),
    })),
  };
}

function cards(file: string, read: ReadFile) {
  const input = parse(cardsFileSchema, file, read);
  return { months: cardHistory(input.start, input.months, input.thresholds).map((m) => ({ month: m.month, card: m.card })) };
}

export type RulesAnswer = { code: 0 | 1 | 2; stdout: string; stderr: string };

/** The command's answer to its arguments: the JSON on stdout (exit 0), or a message on stderr (2: usage or input, 1: a failure). */
export function runRules(argv: readonly string[], read: ReadFile): RulesAnswer {
  const [command, file] = argv;
  if (!file || (command !== 'evaluate' && command !== 'cards')) return { code: 2, stdout: '', stderr: `${USAGE}\n` };
  try {
    return { code: 0, stdout: `${JSON.stringify(command === 'evaluate' ? evaluate(file, read) : cards(file, read), null, 2)}\n`, stderr: '' };
  } catch (err) {
    if (err instanceof InputError) return { code: 2, stdout: '', stderr: `Invalid input:\n${err.message}\n` };
    return { code: 1, stdout: '', stderr: `Failed: ${err instanceof Error ? err.message : String(err)}\n` };
  }
}
