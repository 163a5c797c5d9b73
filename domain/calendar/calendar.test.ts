import { describe, expect, it } from 'vitest';
import { STATE_CODES } from '../org/states';
import { buildCalendar, dayKind, isRestDay } from './calendar';
import { HOLIDAY_FILES, defaultCalendar } from './holiday-data';
import { REST_DAY_RULES } from './rest-days';

describe('weekly rest days by state and date (R3)', () => {
  it.each([
    ['MY-10', '2026-03-06', false],
    ['MY-10', '2026-03-07', true],
    ['MY-10', '2026-03-08', true],
    ['MY-02', '2026-03-06', true],
    ['MY-02', '2026-03-07', true],
    ['MY-02', '2026-03-08', false],
    ['MY-03', '2026-03-06', true],
    ['MY-11', '2026-03-08', false],
    ['MY-01', '2024-12-27', true],
    ['MY-01', '2024-12-29', false],
    ['MY-01', '2025-01-03', false],
    ['MY-01', '2025-01-05', true],
    ['MY-12', '2026-03-07', true],
    ['MY-15', '2026-03-08', true],
  ] as const)('%s on %s rest: %s', (state, date, rest) => {
    expect(isRestDay(REST_DAY_RULES, state, date)).toBe(rest);
  });
});

describe('replacement holidays (R5)', () => {
  const sunday = '2026-03-08';
  const friday = '2026-03-06';
  const saturday = '2026-03-07';
  it('a holiday on the weekly holiday moves to the next working day', () => {
    const cal = buildCalendar({
      holidays: [
        { date: sunday, name: 'Ujian', states: 'ALL' },
        { date: friday, name: 'Jumaat', states: ['MY-02'] },
      ],
    });
    expect(dayKind(cal, 'MY-14', '2026-03-09')).toEqual({ type: 'HOLIDAY', name: 'Cuti ganti Ujian', replacement: true });
    expect(dayKind(cal, 'MY-02', sunday)).toEqual({ type: 'HOLIDAY', name: 'Ujian', replacement: false });
    // Sunday is a working day in Kedah, so its Sunday holiday is not replaced; Kedah's Friday
    // holiday moves to the next working day, Sunday, which is a holiday itself → Monday.
    expect(dayKind(cal, 'MY-02', '2026-03-09')).toEqual({ type: 'HOLIDAY', name: 'Cuti ganti Jumaat', replacement: true });
    expect(dayKind(cal, 'MY-02', '2026-03-10')).toEqual({ type: 'WORKING' });
  });
  it('moves past further holidays and makes one replacement for two holidays on one day', () => {
    const cal = buildCalendar({
      holidays: [
        { date: sunday, name: 'A', states: ['MY-10'] },
        { date: sunday, name: 'B', states: ['MY-10'] },
        { date: '2026-03-09', name: 'C', states: ['MY-10'] },
      ],
    });
    expect(dayKind(cal, 'MY-10', '2026-03-09')).toMatchObject({ name: 'C', replacement: false });
    expect(dayKind(cal, 'MY-10', '2026-03-10')).toMatchObject({ name: 'Cuti ganti A', replacement: true });
    expect(dayKind(cal, 'MY-10', '2026-03-11')).toEqual({ type: 'WORKING' });
  });
  it('a Saturday holiday is replaced only where the state says so', () => {
    const holidays = [{ date: saturday, name: 'Sabtu', states: 'ALL' as const }];
    expect(dayKind(buildCalendar({ holidays }), 'MY-10', '2026-03-09')).toEqual({ type: 'WORKING' });
    const cal = buildCalendar({ holidays, replacement: { 'MY-10': { otherRestDayReplaced: true } } });
    expect(dayKind(cal, 'MY-10', '2026-03-09')).toMatchObject({ replacement: true });
    expect(dayKind(cal, 'MY-14', '2026-03-09')).toEqual({ type: 'WORKING' });
  });
});

describe('the shipped holiday data', () => {
  const cal = defaultCalendar();
  it('names its source and covers every state with the national holidays of 2025 and 2026', () => {
    for (const f of HOLIDAY_FILES) expect(f.source.length).toBeGreaterThan(20);
    for (const state of STATE_CODES) {
      for (const date of ['2025-05-01', '2025-08-31', '2025-09-16', '2026-05-01', '2026-08-31', '2026-09-16', '2026-12-25', '2026-03-21']) {
        expect(dayKind(cal, state, date).type, `${state} ${date}`).toBe('HOLIDAY');
      }
    }
  });
  it('has state-only holidays where they belong', () => {
    expect(dayKind(cal, 'MY-13', '2026-11-09')).toEqual({ type: 'WORKING' }); // no Deepavali (nor its replacement) in Sarawak
    expect(dayKind(cal, 'MY-10', '2026-11-09')).toMatchObject({ replacement: true }); // Deepavali on Sunday → Monday
    expect(dayKind(cal, 'MY-14', '2026-02-02')).toMatchObject({ replacement: true }); // FT Day and Thaipusam both on Sunday: one replacement
    expect(dayKind(cal, 'MY-14', '2026-02-03')).toEqual({ type: 'WORKING' });
    expect(dayKind(cal, 'MY-10', '2026-12-11')).toMatchObject({ name: 'Hari Keputeraan Sultan Selangor' });
    expect(dayKind(cal, 'MY-14', '2026-12-11')).toEqual({ type: 'WORKING' });
  });
});
