import { describe, expect, it } from 'vitest';
import { scheduleSchema } from './schema';
import { slotFor } from './slot';
import { defaultCalendar } from '../calendar/holiday-data';

describe('a schedule as data', () => {
  it('a shift carries its pairing margins (R14), which decide its window', () => {
    const night = scheduleSchema.parse({ type: 'SHIFT', start: '22:00', end: '06:00', marginBeforeMinutes: 60, marginAfterMinutes: 120 });
    expect(night).toEqual({ type: 'SHIFT', start: '22:00', end: '06:00', graceMinutes: 0, marginBeforeMinutes: 60, marginAfterMinutes: 120 });
    const slot = slotFor(night, 'MY-14', '2026-03-02', defaultCalendar().restDayRules);
    expect([slot.windowFrom, slot.windowTo]).toEqual([21 * 60, 24 * 60 + 8 * 60]);
    const plain = slotFor(scheduleSchema.parse({ type: 'SHIFT', start: '22:00', end: '06:00' }), 'MY-14', '2026-03-02', defaultCalendar().restDayRules);
    expect([plain.windowFrom, plain.windowTo]).toEqual([18 * 60, 24 * 60 + 12 * 60]);
  });
  it('refuses margins beyond 12 hours and times that are not HH:MM', () => {
    const r = scheduleSchema.safeParse({ type: 'SHIFT', start: '22:00', end: '6:00', marginAfterMinutes: 721 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['end', 'marginAfterMinutes']);
  });
  it('fixed hours ending at midnight end the next day (R32)', () => {
    const slot = slotFor(scheduleSchema.parse({ type: 'FIXED', start: '16:00', end: '00:00' }), 'MY-14', '2026-03-02', defaultCalendar().restDayRules);
    expect([slot.earliestStart, slot.lateEnd, slot.windowFrom, slot.windowTo]).toEqual([16 * 60, 24 * 60, 12 * 60, 30 * 60]);
  });
});
