import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatDateTime, formatDayDate, formatMonth, formatTime, localDateTime } from './dates';
import { formatMinutes } from './duration';

describe('dates, one format per language', () => {
  it("writes a work date with the month's short name", () => {
    expect(formatDate('2026-12-01', 'ms-MY')).toBe('1 Dis 2026');
    expect(formatDate('2026-12-01', 'en-GB')).toBe('1 Dec 2026');
    expect(formatDate('2026-08-30', 'ms')).toBe('30 Ogo 2026');
    expect(formatDate('2026-03-09', 'en')).toBe('9 Mar 2026');
  });

  it("writes a date and time on the 24-hour clock in the organisation's zone, not the machine's", () => {
    // 11:21 UTC is 19:21 in Kuala Lumpur; 23:30 UTC on 30 Nov is already 1 Dec there.
    expect(formatDateTime('2026-12-01T11:21:00Z', 'ms-MY', 'Asia/Kuala_Lumpur')).toBe('1 Dis 2026, 19:21');
    expect(formatDateTime('2026-11-30T23:30:00Z', 'en-GB', 'Asia/Kuala_Lumpur')).toBe('1 Dec 2026, 07:30');
    expect(formatDateTime(new Date('2026-11-30T23:30:00Z'), 'en-GB', 'UTC')).toBe('30 Nov 2026, 23:30');
    expect(formatTime('2026-12-01T00:05:00Z', 'Asia/Kuala_Lumpur')).toBe('08:05');
    expect(localDateTime('2026-12-31T16:00:00Z', 'Asia/Kuala_Lumpur')).toEqual({ date: '2027-01-01', time: '00:00' });
  });

  it('writes months, ranges and headings from the same parts', () => {
    expect(formatMonth('2026-10', 'ms-MY')).toBe('Oktober 2026');
    expect(formatMonth('2026-10', 'en-GB')).toBe('October 2026');
    expect(formatDateRange('2026-12-01', '2026-12-31', 'ms-MY')).toBe('1 Dis 2026 – 31 Dis 2026');
    expect(formatDateRange('2026-12-01', '2026-12-01', 'en-GB')).toBe('1 Dec 2026');
    expect(formatDayDate('2026-12-01', 'ms-MY')).toBe('Selasa, 1 Dis 2026');
    expect(formatDayDate('2026-12-06', 'en-GB')).toBe('Sunday, 6 Dec 2026');
  });

  it('refuses what is not a date rather than writing nonsense', () => {
    expect(() => formatDate('01/12/2026', 'ms-MY')).toThrow(RangeError);
  });
});

describe('minutes as hours and minutes', () => {
  it('shows minutes beyond 59 as hours and minutes', () => {
    expect(formatMinutes(622, 'ms-MY')).toBe('10 jam 22 minit');
    expect(formatMinutes(622, 'en-GB')).toBe('10 hours 22 minutes');
    expect(formatMinutes(60, 'ms-MY')).toBe('1 jam');
    expect(formatMinutes(61, 'en-GB')).toBe('1 hour 1 minute');
    expect(formatMinutes(120, 'en-GB')).toBe('2 hours');
  });
  it('keeps short durations in minutes', () => {
    expect(formatMinutes(45, 'ms-MY')).toBe('45 minit');
    expect(formatMinutes(1, 'en-GB')).toBe('1 minute');
    expect(formatMinutes(59, 'en-GB')).toBe('59 minutes');
    expect(formatMinutes(0, 'ms-MY')).toBe('0 minit');
  });
});
