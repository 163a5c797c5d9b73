import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/holiday-data';
import type { Schedule } from '../schedule/types';
import { evaluateRange } from './evaluate';
import type { EvaluateInput, PunchInput } from './types';

const calendar = defaultCalendar();
const DATES = ['2026-03-02', '2026-03-05', '2026-03-06', '2026-06-01', '2025-06-05', '2026-12-31'];
const STATES = ['MY-01', 'MY-02', 'MY-03', 'MY-10', 'MY-12', 'MY-14'] as const;
const SCHEDULES: Schedule[] = [{ type: 'WBF' }, { type: 'WBF', graceMinutes: 5 }, { type: 'FIXED', start: '08:00', end: '17:00', rests: [{ from: '13:00', to: '14:00' }] }, { type: 'SHIFT', start: '22:00', end: '06:00' }];

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
    fc.assert(fc.property(withPermutation, ([c, shuffled]) => {
      expect(evaluateRange(input(c, shuffled))).toEqual(evaluateRange(input(c)));
    }), { numRuns: 300 });
  });

  it('adding a covering approved whole-day status never adds an issue', () => {
    fc.assert(fc.property(caseArb, fc.constantFrom('CUTI', 'BDR', 'KURSUS', 'TUGASAN_LUAR'), (c, code) => {
      const before = evaluateRange(input(c))[0]!.issues.map((i) => i.code);
      const after = evaluateRange({ ...input(c), statuses: [{ date: c.date, code, part: 'FULL' }] })[0]!.issues.map((i) => i.code);
      for (const i of after) expect(before).toContain(i);
    }), { numRuns: 300 });
  });

  it('moving the check-in later never reduces lateness', () => {
    fc.assert(fc.property(caseArb, fc.integer({ min: 7 * 60, max: 11 * 60 }), fc.integer({ min: 1, max: 120 }), (c, first, delay) => {
      const out = { at: instantOn(c.date, 17 * 60 + 30) };
      const a = evaluateRange(input({ ...c, schedule: c.schedule.type === 'SHIFT' ? { type: 'WBF' } : c.schedule }, [{ at: instantOn(c.date, first) }, out]));
      const b = evaluateRange(input({ ...c, schedule: c.schedule.type === 'SHIFT' ? { type: 'WBF' } : c.schedule }, [{ at: instantOn(c.date, first + delay) }, out]));
      expect(issueMinutes('LEWAT', b)).toBeGreaterThanOrEqual(issueMinutes('LEWAT', a));
    }), { numRuns: 300 });
  });

  it('evaluation is deterministic', () => {
    fc.assert(fc.property(caseArb, (c) => {
      expect(evaluateRange(input(c))).toEqual(evaluateRange(input(c)));
    }), { numRuns: 200 });
  });
});
