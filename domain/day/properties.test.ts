import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/holiday-data';
import type { Schedule } from '../schedule/types';
import { addDays } from './local-time';
import { evaluateRange } from './evaluate';
import { nextPunchKind } from './next-punch';
import type { EvaluateInput, PunchInput } from './types';

const calendar = defaultCalendar();
const DATES = ['2026-03-02', '2026-03-05', '2026-03-06', '2026-06-01', '2025-06-05', '2026-12-31'];
const STATES = ['MY-01', 'MY-02', 'MY-03', 'MY-10', 'MY-12', 'MY-14'] as const;
const SCHEDULES: Schedule[] = [
  { type: 'WBF' },
  { type: 'WBF', graceMinutes: 5 },
  { type: 'FIXED', start: '08:00', end: '17:00', rests: [{ from: '13:00', to: '14:00' }] },
  { type: 'SHIFT', start: '22:00', end: '06:00' },
];

const instantOn = (date: string, minutes: number) => {
  const d = new Date(`${date}T00:00:00+08:00`).getTime() + minutes * 60_000;
  return new Date(d).toISOString();
};
const caseArb = fc.record({
  date: fc.constantFrom(...DATES),
  state: fc.constantFrom(...STATES),
  schedule: fc.constantFrom(...SCHEDULES),
  minutes: fc.uniqueArray(fc.integer({ min: 6 * 60, max: 30 * 60 }), { minLength: 0, maxLength: 5 }),
});
function input(c: { date: string; state: (typeof STATES)[number]; schedule: Schedule; minutes: number[] }, punches?: PunchInput[]): EvaluateInput {
  return { calendar, state: c.state, schedule: c.schedule, from: c.date, to: c.date, punches: punches ?? c.minutes.map((m) => ({ at: instantOn(c.date, m) })) };
}
const issueMinutes = (code: string, r: ReturnType<typeof evaluateRange>) => r[0]?.issues.find((i) => i.code === code)?.minutes ?? 0;

describe('properties of the engine', () => {
  it('the order of punches does not change the result', () => {
    const withPermutation = caseArb.chain((c) => {
      const punches = input(c).punches;
      return fc.tuple(fc.constant(c), fc.shuffledSubarray(punches, { minLength: punches.length, maxLength: punches.length }));
    });
    fc.assert(
      fc.property(withPermutation, ([c, shuffled]) => {
        expect(evaluateRange(input(c, shuffled))).toEqual(evaluateRange(input(c)));
      }),
      { numRuns: 300 },
    );
  });

  it('adding a covering approved whole-day status never adds an issue', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom('CUTI', 'BDR', 'KURSUS', 'TUGASAN_LUAR'), (c, code) => {
        const before = evaluateRange(input(c))[0]!.issues.map((i) => i.code);
        const after = evaluateRange({ ...input(c), statuses: [{ date: c.date, code, part: 'FULL' }] })[0]!.issues.map((i) => i.code);
        expect(after.length).toBeLessThanOrEqual(before.length);
        // R30: an outside duty stands in for the check-in, so a punch after its start is the check-out and may leave early.
        for (const i of after) if (!(code === 'TUGASAN_LUAR' && i === 'BALIK_AWAL')) expect(before).toContain(i);
      }),
      { numRuns: 300 },
    );
  });

  it('moving the check-in later never reduces lateness', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 7 * 60, max: 11 * 60 }), fc.integer({ min: 1, max: 120 }), (c, first, delay) => {
        const out = { at: instantOn(c.date, 17 * 60 + 30) };
        const a = evaluateRange(input({ ...c, schedule: c.schedule.type === 'SHIFT' ? { type: 'WBF' } : c.schedule }, [{ at: instantOn(c.date, first) }, out]));
        const b = evaluateRange(
          input({ ...c, schedule: c.schedule.type === 'SHIFT' ? { type: 'WBF' } : c.schedule }, [{ at: instantOn(c.date, first + delay) }, out]),
        );
        expect(issueMinutes('LEWAT', b)).toBeGreaterThanOrEqual(issueMinutes('LEWAT', a));
      }),
      { numRuns: 300 },
    );
  });

  it('evaluation is deterministic', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(evaluateRange(input(c))).toEqual(evaluateRange(input(c)));
      }),
      { numRuns: 200 },
    );
  });

  // R33: punches with declared kinds, night shifts crossing midnight at month and year ends.
  const NIGHTS: Schedule[] = [
    { type: 'SHIFT', start: '22:00', end: '06:00' },
    { type: 'SHIFT', start: '19:00', end: '07:00', marginBeforeMinutes: 3 * 60, marginAfterMinutes: 5 * 60 },
    { type: 'FIXED', start: '16:00', end: '00:00' },
    { type: 'FIXED', start: '22:00', end: '06:00' },
  ];
  const ENDS = ['2026-01-29', '2026-02-26', '2026-04-28', '2026-12-29', '2027-02-25'];
  const kindArb = fc.constantFrom<PunchInput['kind']>(undefined, undefined, 'IN', 'OUT');
  const rangeArb = fc.record({
    from: fc.constantFrom(...ENDS),
    state: fc.constantFrom(...STATES),
    schedule: fc.constantFrom(...SCHEDULES, ...NIGHTS),
    punches: fc.uniqueArray(fc.record({ minutes: fc.integer({ min: 0, max: 4 * 1440 }), kind: kindArb }), { selector: (p) => p.minutes, maxLength: 8 }),
  });
  const rangeInput = (
    c: { from: string; state: (typeof STATES)[number]; schedule: Schedule; punches: { minutes: number; kind: PunchInput['kind'] }[] },
    order = c.punches,
  ): EvaluateInput => ({
    calendar,
    state: c.state,
    schedule: c.schedule,
    from: c.from,
    to: addDays(c.from, 3),
    punches: order.map((p) => ({ at: instantOn(c.from, p.minutes), ...(p.kind ? { kind: p.kind } : {}) })),
  });

  it('with declared kinds across midnight, month ends and year ends, the order of punches does not change the result', () => {
    const withPermutation = rangeArb.chain((c) =>
      fc.tuple(fc.constant(c), fc.shuffledSubarray(c.punches, { minLength: c.punches.length, maxLength: c.punches.length })),
    );
    fc.assert(
      fc.property(withPermutation, ([c, shuffled]) => {
        expect(evaluateRange(rangeInput(c, shuffled))).toEqual(evaluateRange(rangeInput(c)));
      }),
      { numRuns: 300 },
    );
  });

  it('a declared kind is honoured: a punch declared OUT is never a check-in, one declared IN never a check-out; each punch serves one day', () => {
    fc.assert(
      fc.property(rangeArb, (c) => {
        const input = rangeInput(c);
        const kinds = new Map(input.punches.map((p) => [p.at, p.kind]));
        const used: string[] = [];
        for (const d of evaluateRange(input)) {
          if (d.checkIn) expect(kinds.get(d.checkIn)).not.toBe('OUT');
          if (d.checkOut) expect(kinds.get(d.checkOut)).not.toBe('IN');
          if (d.checkIn && d.checkOut) expect(Date.parse(d.checkIn)).toBeLessThanOrEqual(Date.parse(d.checkOut));
          used.push(...[d.checkIn, d.checkOut].filter((a): a is string => a !== null));
        }
        expect(new Set(used).size).toBe(used.length);
      }),
      { numRuns: 300 },
    );
  });

  const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  const nightsArb = fc.record({
    from: fc.constantFrom(...ENDS),
    state: fc.constantFrom(...STATES),
    schedule: fc.constantFrom(...NIGHTS),
    nights: fc.array(
      fc.record({ early: fc.integer({ min: -30, max: 30 }), late: fc.integer({ min: -20, max: 60 }), forgot: fc.boolean(), declared: fc.boolean() }),
      { minLength: 2, maxLength: 5 },
    ),
  });
  type Night = { date: string; in: PunchInput; out: PunchInput | null };
  function nightsOf(c: { from: string; schedule: Schedule; nights: { early: number; late: number; forgot: boolean; declared: boolean }[] }): Night[] {
    if (c.schedule.type === 'WBF') throw new Error('nights only');
    const start = minutesOf(c.schedule.start);
    const end = minutesOf(c.schedule.end) + 1440;
    return c.nights.map((n, i) => {
      const date = addDays(c.from, i);
      const kind = (k: 'IN' | 'OUT') => (n.declared ? { kind: k } : {});
      return {
        date,
        in: { at: instantOn(date, start + n.early), ...kind('IN') },
        out: n.forgot ? null : { at: instantOn(date, end + n.late), ...kind('OUT') },
      };
    });
  }

  it('a forgotten check-out before the next shift never turns the next check-in into a check-out', () => {
    fc.assert(
      fc.property(nightsArb, (c) => {
        const nights = nightsOf(c);
        const days = evaluateRange({
          calendar,
          state: c.state,
          schedule: c.schedule,
          from: c.from,
          to: nights.at(-1)!.date,
          punches: nights.flatMap((n) => (n.out ? [n.in, n.out] : [n.in])),
        });
        days.forEach((d, i) => {
          const n = nights[i]!;
          expect(d.checkIn).toBe(n.in.at);
          expect(d.checkOut).toBe(n.out?.at ?? null);
          if (d.dayType === 'WORKING') expect(d.issues.some((x) => x.code === 'TIADA_DAFTAR_KELUAR')).toBe(n.out === null);
          if (d.dayType === 'WORKING') expect(d.issues.some((x) => x.code === 'TIADA_DAFTAR_MASUK')).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("the clock button reads the next punch as the evaluation will: IN at each shift's start, even after a forgotten check-out, OUT at its end", () => {
    fc.assert(
      fc.property(nightsArb, (c) => {
        const so: PunchInput[] = [];
        for (const n of nightsOf(c)) {
          expect(nextPunchKind({ calendar, state: c.state, schedule: c.schedule, punches: so, at: n.in.at })).toEqual({ kind: 'IN', workDate: n.date });
          so.push({ at: n.in.at });
          if (!n.out) continue;
          expect(nextPunchKind({ calendar, state: c.state, schedule: c.schedule, punches: so, at: n.out.at })).toEqual({ kind: 'OUT', workDate: n.date });
          so.push({ at: n.out.at });
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the button's reading of any next punch is the reading the evaluation gives that punch", () => {
    fc.assert(
      fc.property(rangeArb, fc.integer({ min: 0, max: 4 * 1440 }), (c, minutes) => {
        const input = rangeInput(c);
        const next = instantOn(c.from, minutes);
        fc.pre(!input.punches.some((p) => p.at === next));
        const { kind, workDate } = nextPunchKind({ ...input, at: next });
        const after = evaluateRange({ ...input, from: addDays(c.from, -1), to: addDays(c.from, 5), punches: [...input.punches, { at: next }] });
        const record = after.find((d) => d.date === workDate)!;
        expect(record.checkIn === next).toBe(kind === 'IN');
        expect(after.filter((d) => d.date !== workDate).some((d) => d.checkIn === next || d.checkOut === next)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
