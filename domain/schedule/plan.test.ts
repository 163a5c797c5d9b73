import { describe, expect, it } from 'vitest';
import { cycleDay, planOn, unitChainOf, type PlanAssignment } from './plan';

const a = (over: Partial<PlanAssignment>): PlanAssignment => ({
  from: '2026-01-01',
  to: null,
  scheduleId: 'org',
  cycle: null,
  unitId: null,
  userId: null,
  ...over,
});

describe("a date's plan (R14)", () => {
  it("counts a cycle's day from its anchor, before and after it", () => {
    const cycle = { anchor: '2026-03-02', days: ['d', 'd', 'n', 'n', null, null, null, null] };
    expect(cycleDay(cycle, '2026-03-02')).toBe(0);
    expect(cycleDay(cycle, '2026-03-09')).toBe(7);
    expect(cycleDay(cycle, '2026-03-10')).toBe(0);
    expect(cycleDay(cycle, '2026-03-01')).toBe(7);
    expect(cycleDay(cycle, '2025-12-31')).toBe(((-61 % 8) + 8) % 8);
  });

  it("takes the roster, then the officer's own, then the nearest unit up the tree, then the organisation default", () => {
    const assignments = [
      a({}),
      a({ unitId: 'parent', scheduleId: 'unit' }),
      a({ unitId: 'child', scheduleId: 'child', from: '2026-06-01', to: '2026-06-30' }),
      a({ userId: 'u2', scheduleId: 'mine', from: '2026-05-01' }),
    ];
    const chain = unitChainOf(
      'child',
      new Map([
        ['child', 'parent'],
        ['parent', null],
      ]),
    );
    expect(chain).toEqual(['child', 'parent']);
    const on = (date: string, userId = 'u1', roster?: Map<string, string | null>) => planOn({ date, userId, unitChain: chain, assignments, roster });
    expect(on('2026-06-10')).toEqual({ scheduleId: 'child', source: 'UNIT', cycled: false });
    expect(on('2026-07-01')).toEqual({ scheduleId: 'unit', source: 'UNIT', cycled: false });
    expect(on('2026-07-01', 'u2')).toEqual({ scheduleId: 'mine', source: 'PERSONAL', cycled: false });
    expect(on('2026-07-01', 'u2', new Map([['2026-07-01', null]]))).toEqual({ scheduleId: null, source: 'ROSTER', cycled: false });
    expect(planOn({ date: '2026-07-01', userId: 'u3', unitChain: [], assignments })).toEqual({ scheduleId: 'org', source: 'DEFAULT', cycled: false });
    expect(planOn({ date: '2025-12-31', userId: 'u3', unitChain: [], assignments })).toBeNull();
  });

  it("gives a pattern's day, off included", () => {
    const cycle = { anchor: '2026-03-02', days: ['day', null] };
    const assignments = [a({ scheduleId: null, cycle, userId: 'u1' })];
    expect(planOn({ date: '2026-03-04', userId: 'u1', unitChain: [], assignments })).toEqual({ scheduleId: 'day', source: 'PERSONAL', cycled: true });
    expect(planOn({ date: '2026-03-05', userId: 'u1', unitChain: [], assignments })).toEqual({ scheduleId: null, source: 'PERSONAL', cycled: true });
  });

  it('stops at a cycle in the unit tree', () => {
    expect(
      unitChainOf(
        'a',
        new Map([
          ['a', 'b'],
          ['b', 'a'],
        ]),
      ),
    ).toEqual(['a', 'b']);
  });
});

describe("the engine with a plan's working and rest days", () => {
  it('works a rostered Saturday, rests a rostered Tuesday, and keeps a holiday a holiday', async () => {
    const { evaluateRange } = await import('../day');
    const { defaultCalendar } = await import('../calendar/holiday-data');
    const types: Record<string, 'WORKING' | 'REST'> = { '2026-11-07': 'WORKING', '2026-11-03': 'REST', '2026-08-31': 'WORKING' };
    const base = {
      calendar: defaultCalendar(),
      state: 'MY-14' as const,
      schedule: { type: 'FIXED' as const, start: '08:00', end: '17:00' },
      punches: [],
      dayTypeFor: (d: string) => types[d],
    };
    expect(evaluateRange({ ...base, from: '2026-11-07', to: '2026-11-07' })[0]).toMatchObject({ dayType: 'WORKING', status: 'TIDAK_HADIR' });
    expect(evaluateRange({ ...base, from: '2026-11-03', to: '2026-11-03' })[0]).toMatchObject({ dayType: 'REST', status: 'HARI_REHAT', issues: [] });
    expect(evaluateRange({ ...base, from: '2026-08-31', to: '2026-08-31' })[0]).toMatchObject({ dayType: 'HOLIDAY', status: 'CUTI_UMUM' }); // Hari Kebangsaan
    expect(evaluateRange({ ...base, from: '2026-11-04', to: '2026-11-04' })[0]).toMatchObject({ dayType: 'WORKING' }); // no plan: the calendar's
  });
});
