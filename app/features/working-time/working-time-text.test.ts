import { describe, expect, it } from 'vitest';
import { datesBetween, endsNextDay, hoursText, onOffCycle, paintCells, shiftMonth, shortName } from './working-time-text';

describe('working-time texts', () => {
  it('reads an end at or before the start as the next day', () => {
    expect(endsNextDay('22:00', '06:00')).toBe(true);
    expect(endsNextDay('08:00', '08:00')).toBe(true);
    expect(endsNextDay('08:00', '17:00')).toBe(false);
    expect(endsNextDay(null, null)).toBe(false);
    expect(hoursText({ start: '22:00', end: '06:00' })).toBe('22:00–06:00');
    expect(hoursText({ start: null, end: null })).toBeNull();
  });
  it('shortens long names to initials', () => {
    expect(shortName('Pagi')).toBe('Pagi');
    expect(shortName('Syif malam')).toBe('SM');
    expect(shortName('Kaunter')).toBe('Kaunt');
  });
  it('moves months across the year', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});

describe('painting a range', () => {
  it('lists every date of the range, month ends included', () => {
    expect(datesBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(datesBetween('2026-03-02', '2026-03-01')).toEqual([]);
  });
  it('writes one schedule, or off, for every officer and date', () => {
    const cells = paintCells(['a', 'b'], '2026-03-01', '2026-03-02', { kind: 'schedule', scheduleId: 's' });
    expect(cells).toEqual([
      { userId: 'a', date: '2026-03-01', scheduleId: 's' },
      { userId: 'a', date: '2026-03-02', scheduleId: 's' },
      { userId: 'b', date: '2026-03-01', scheduleId: 's' },
      { userId: 'b', date: '2026-03-02', scheduleId: 's' },
    ]);
    expect(paintCells(['a'], '2026-03-01', '2026-03-01', { kind: 'off' })).toEqual([{ userId: 'a', date: '2026-03-01', scheduleId: null }]);
  });
  it("follows a pattern's cycle from its anchor, before the anchor too", () => {
    const pattern = { anchor: '2026-03-03', days: onOffCycle(4, 2, 2, 'n') };
    expect(pattern.days).toEqual(['n', 'n', null, null]);
    const cells = paintCells(['a'], '2026-03-01', '2026-03-06', { kind: 'pattern', pattern });
    expect(cells.map((c) => c.scheduleId)).toEqual([null, null, 'n', 'n', null, null]);
  });
});
