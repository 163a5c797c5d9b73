import { describe, expect, it } from 'vitest';
import { addDays, mondayOf, todayIn, weekDates } from './week';

describe('task week arithmetic', () => {
  it('finds Monday for every day of a week, across months and years', () => {
    for (const d of ['2025-12-29', '2025-12-31', '2026-01-01', '2026-01-04']) expect(mondayOf(d)).toBe('2025-12-29');
    expect(mondayOf('2026-01-05')).toBe('2026-01-05');
    expect(mondayOf('2024-03-03')).toBe('2024-02-26');
  });

  it('lists Monday to Sunday and steps by days', () => {
    expect(weekDates('2026-02-23')).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01']);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-05', -7)).toBe('2025-12-29');
  });

  it('reads today in the given time zone', () => {
    const lateUtc = new Date('2026-03-10T17:30:00Z'); // 01:30 on the 11th in Malaysia
    expect(todayIn('Asia/Kuala_Lumpur', lateUtc)).toBe('2026-03-11');
    expect(todayIn('UTC', lateUtc)).toBe('2026-03-10');
  });
});
