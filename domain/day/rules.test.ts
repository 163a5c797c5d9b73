import { describe, expect, it } from 'vitest';
import { checkMovementCap, withinWorkingSpan, workingSpan } from '../adjustments/movements';
import { outsideDutyRequiredEnd } from '../adjustments/outside-duty';
import { pregnancyAppliesOn } from '../adjustments/pregnancy';
import { defaultCalendar } from '../calendar/holiday-data';
import type { StateCode } from '../org/states';
import { slotFor } from '../schedule/slot';
import type { Schedule } from '../schedule/types';
import { evaluateRange } from './evaluate';
import type { EvaluateInput, PunchInput } from './types';

const calendar = defaultCalendar();
const at = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`;
const run = (o: Partial<EvaluateInput> & { from: string; punches: PunchInput[] }) =>
  evaluateRange({ calendar, state: 'MY-14', schedule: { type: 'WBF' }, to: o.from, ...o });
const one = (state: StateCode, date: string, punches: string[], extra: Partial<EvaluateInput> = {}, schedule: Schedule = { type: 'WBF' }) =>
  run({ state, schedule, from: date, punches: punches.map((p) => ({ at: at(date, p) })), ...extra })[0]!;

describe('WBF by state group', () => {
  it('Friday in Saturday–Sunday states: 9h span, the 12:15–14:45 rest is not working time (R9)', () => {
    const r = one('MY-10', '2026-03-13', ['08:00', '17:00']);
    expect(r).toMatchObject({ requiredEnd: '17:00', issues: [], workedMinutes: 540 - 150 });
  });
  it('Friday in Sabah and Labuan: rest 11:30–14:00', () => {
    const r = one('MY-12', '2026-03-13', ['08:00', '12:00']);
    expect(r.workedMinutes).toBe(210); // 08:00–11:30
    expect(r.issues[0]).toMatchObject({ code: 'BALIK_AWAL', minutes: 300 });
  });
  it('Sunday is a working day in Friday–Saturday states, with a 9h span', () => {
    expect(one('MY-02', '2026-03-08', ['08:00', '17:00'])).toMatchObject({ dayType: 'WORKING', issues: [] });
  });
  it('short Thursday: a late officer must stay to 16:30 (R10, R11)', () => {
    const r = one('MY-11', '2026-03-12', ['09:10', '16:00']);
    expect(r.requiredEnd).toBe('16:30');
    expect(r.issues.map((i) => i.code)).toEqual(['LEWAT', 'BALIK_AWAL']);
  });
  it('Johor before and after 2025: Thursday short, then a normal Thursday', () => {
    expect(one('MY-01', '2024-06-06', ['08:00', '15:30']).issues).toEqual([]);
    expect(one('MY-01', '2025-06-05', ['08:00', '15:30']).issues[0]).toMatchObject({ code: 'BALIK_AWAL', minutes: 90 });
  });
  it('grace minutes delay LEWAT and BALIK_AWAL (R11, R12)', () => {
    expect(one('MY-14', '2026-03-02', ['09:04', '18:00'], {}, { type: 'WBF', graceMinutes: 5 }).issues).toEqual([]);
    expect(one('MY-14', '2026-03-02', ['09:06', '18:00'], {}, { type: 'WBF', graceMinutes: 5 }).issues[0]).toMatchObject({ code: 'LEWAT', minutes: 6 });
    expect(one('MY-14', '2026-03-02', ['08:00', '16:56'], {}, { type: 'WBF', graceMinutes: 5 }).issues).toEqual([]);
  });
  it('a check-out alone is TIADA_DAFTAR_MASUK; a punch outside the geofence adds LUAR_KAWASAN', () => {
    expect(one('MY-14', '2026-03-02', ['17:30']).issues.map((i) => i.code)).toEqual(['TIADA_DAFTAR_MASUK']);
    const r = run({ from: '2026-03-02', punches: [{ at: at('2026-03-02', '08:00'), inside: false }, { at: at('2026-03-02', '17:00') }] })[0]!;
    expect(r.issues.map((i) => i.code)).toEqual(['LUAR_KAWASAN']);
  });
});

describe('personal adjustments', () => {
  it('pregnancy validity: from the start date to the day after the end, never into maternity leave (R15)', () => {
    const a = [{ from: '2026-01-05', to: '2026-06-30' }];
    expect(pregnancyAppliesOn(a, '2026-01-04')).toBe(false);
    expect(pregnancyAppliesOn(a, '2026-01-05')).toBe(true);
    expect(pregnancyAppliesOn(a, '2026-07-01')).toBe(true);
    expect(pregnancyAppliesOn(a, '2026-07-02')).toBe(false);
    const m = [{ from: '2026-01-05', to: '2026-06-30', maternityFrom: '2026-06-15' }];
    expect(pregnancyAppliesOn(m, '2026-06-14')).toBe(true);
    expect(pregnancyAppliesOn(m, '2026-06-15')).toBe(false);
  });
  it('pregnancy early leave does not apply to shifts', () => {
    const person = { pregnancy: [{ from: '2026-01-01', to: '2026-12-31' }] };
    expect(one('MY-14', '2026-03-02', ['07:55', '16:00'], { person }, { type: 'FIXED', start: '08:00', end: '17:00' }).issues).toEqual([]);
    const shift = one('MY-14', '2026-03-02', ['13:55', '21:00'], { person }, { type: 'SHIFT', start: '14:00', end: '22:00' });
    expect(shift.issues[0]).toMatchObject({ code: 'BALIK_AWAL', minutes: 60 });
  });
  it('Ramadan option: 30 minutes less, only in Ramadan and only for officers who took it (R16)', () => {
    expect(one('MY-14', '2026-03-02', ['08:00', '16:30'], { person: { ramadan: true } })).toMatchObject({ requiredEnd: '16:30', issues: [] });
    expect(one('MY-14', '2026-03-02', ['08:00', '16:30']).issues[0]).toMatchObject({ code: 'BALIK_AWAL', minutes: 30 });
    expect(one('MY-14', '2026-04-06', ['08:00', '16:30'], { person: { ramadan: true } }).issues[0]).toMatchObject({ code: 'BALIK_AWAL' });
  });
  it('half-day statuses cover their half only (R17, R28)', () => {
    const amLeave = one('MY-14', '2026-03-02', ['13:00', '18:00'], { statuses: [{ date: '2026-03-02', code: 'CUTI', part: 'AM' }] });
    expect(amLeave.issues).toEqual([]);
    const amLeaveEarly = one('MY-14', '2026-03-02', ['13:00', '16:00'], { statuses: [{ date: '2026-03-02', code: 'CUTI', part: 'AM' }] });
    expect(amLeaveEarly.issues.map((i) => [i.code, i.minutes])).toEqual([['BALIK_AWAL', 30]]);
    const pmCourse = one('MY-14', '2026-03-02', ['09:30'], { statuses: [{ date: '2026-03-02', code: 'KURSUS', part: 'PM' }] });
    expect(pmCourse.issues.map((i) => i.code)).toEqual(['LEWAT']);
    const halfAbsent = one('MY-14', '2026-03-02', [], { statuses: [{ date: '2026-03-02', code: 'CUTI_SAKIT', part: 'AM' }] });
    expect(halfAbsent).toMatchObject({ status: 'CUTI_SAKIT', issues: [{ code: 'TIDAK_HADIR' }] });
    expect(one('MY-14', '2026-03-02', [], { statuses: [{ date: '2026-03-02', code: 'BDR', part: 'FULL' }] })).toMatchObject({ status: 'BDR', issues: [] });
  });
  it('movement cap: min(4h, half the working hours excluding rest) (R18)', () => {
    expect(checkMovementCap([120, 120], 540, 60)).toEqual({ total: 240, cap: 240, ok: true });
    expect(checkMovementCap([241], 540, 60).ok).toBe(false);
    expect(checkMovementCap([200], 450, 60)).toEqual({ total: 200, cap: 195, ok: false });
  });
  it('a movement lies within the working span of its date (R18: "during hours")', () => {
    const wbf = workingSpan(slotFor({ type: 'WBF' }, 'MY-14', '2026-03-03', calendar.restDayRules)); // a Tuesday
    expect(wbf).toEqual({ from: 7 * 60 + 30, to: 18 * 60 });
    expect(withinWorkingSpan(wbf, 9 * 60, 13 * 60)).toBe(true);
    expect(withinWorkingSpan(wbf, 7 * 60 + 30, 18 * 60)).toBe(true);
    expect(withinWorkingSpan(wbf, 19 * 60 + 23, 20 * 60 + 23)).toBe(false);
    expect(withinWorkingSpan(wbf, 7 * 60, 8 * 60)).toBe(false);
    expect(withinWorkingSpan(wbf, 17 * 60, 18 * 60 + 1)).toBe(false);
    // Thursday in a Friday–Saturday state ends at 16:30; a fixed schedule's span is its hours.
    expect(workingSpan(slotFor({ type: 'WBF' }, 'MY-03', '2026-03-05', calendar.restDayRules))).toEqual({ from: 7 * 60 + 30, to: 16 * 60 + 30 });
    expect(workingSpan(slotFor({ type: 'FIXED', start: '08:00', end: '17:00' }, 'MY-14', '2026-03-03', calendar.restDayRules))).toEqual({
      from: 8 * 60,
      to: 17 * 60,
    });
  });
  it('outside duty without a check-in (R19)', () => {
    expect(outsideDutyRequiredEnd(7 * 60)).toBe(16 * 60 + 30);
    expect(outsideDutyRequiredEnd(10 * 60)).toBe(18 * 60);
    expect(outsideDutyRequiredEnd(8 * 60)).toBe(17 * 60);
    expect(outsideDutyRequiredEnd(10 * 60, true)).toBe(16 * 60 + 30);
  });
});

describe('fixed hours and shifts (R13, R14)', () => {
  const fixed: Schedule = { type: 'FIXED', start: '08:00', end: '17:00', rests: [{ from: '13:00', to: '14:00' }], graceMinutes: 5 };
  it('fixed: late after start + grace, early before end − grace; rests are not working time', () => {
    expect(one('MY-14', '2026-03-02', ['08:05', '16:55'], {}, fixed)).toMatchObject({
      issues: [],
      effectiveStart: '08:05',
      requiredEnd: '17:00',
      workedMinutes: 470,
    });
    expect(one('MY-14', '2026-03-02', ['08:06', '16:54'], {}, fixed).issues.map((i) => [i.code, i.minutes])).toEqual([
      ['LEWAT', 6],
      ['BALIK_AWAL', 6],
    ]);
  });
  const night: Schedule = { type: 'SHIFT', start: '22:00', end: '06:00' };
  it('overnight shift across a month end and a year end', () => {
    const [dec31] = run({ schedule: night, from: '2026-12-31', punches: [{ at: at('2026-12-31', '21:58') }, { at: at('2027-01-01', '06:01') }] });
    expect(dec31).toMatchObject({ date: '2026-12-31', status: 'HADIR', issues: [], workedMinutes: 481 });
    const [apr30] = run({ schedule: night, from: '2026-04-30', punches: [{ at: at('2026-04-30', '22:10') }, { at: at('2026-05-01', '06:00') }] });
    expect(apr30?.issues).toEqual([{ code: 'LEWAT', minutes: 10, rule: 'R13a' }]);
  });
  it('a forgotten check-out never turns the next check-in into a check-out', () => {
    const days = run({
      schedule: night,
      from: '2026-03-02',
      to: '2026-03-03',
      punches: [{ at: at('2026-03-02', '21:55') }, { at: at('2026-03-03', '21:57') }, { at: at('2026-03-04', '06:03') }],
    });
    expect(days.map((d) => d.issues.map((i) => i.code))).toEqual([['TIADA_DAFTAR_KELUAR'], []]);
    expect(days[1]).toMatchObject({ checkIn: at('2026-03-03', '21:57'), checkOut: at('2026-03-04', '06:03') });
  });
  it('a day shift leaving late in the evening stays on its day', () => {
    const days = run({
      schedule: { type: 'SHIFT', start: '14:00', end: '22:00' },
      from: '2026-03-02',
      to: '2026-03-03',
      punches: [{ at: at('2026-03-02', '13:50') }, { at: at('2026-03-03', '00:30') }],
    });
    expect(days[0]).toMatchObject({ status: 'HADIR', issues: [] });
    expect(days[1]).toMatchObject({ status: 'TIDAK_HADIR' });
  });
});

describe('schedules per date (R14 rosters)', () => {
  it('the roster beats the personal assignment, which beats the group, which beats the default', async () => {
    const { resolveSchedule } = await import('../schedule/resolve');
    const night: Schedule = { type: 'SHIFT', start: '22:00', end: '06:00' };
    const counter: Schedule = { type: 'FIXED', start: '08:00', end: '17:00' };
    const layers = {
      orgDefault: { type: 'WBF' } as Schedule,
      group: [{ from: '2026-01-01', schedule: counter }],
      personal: [{ from: '2026-03-01', to: '2026-03-31', schedule: { type: 'WBF', graceMinutes: 5 } as Schedule }],
      roster: new Map([['2026-03-03', night]]),
    };
    expect(resolveSchedule(layers, '2025-12-31')).toEqual({ type: 'WBF' });
    expect(resolveSchedule(layers, '2026-02-10')).toBe(counter);
    expect(resolveSchedule(layers, '2026-03-02')).toEqual({ type: 'WBF', graceMinutes: 5 });
    expect(resolveSchedule(layers, '2026-03-03')).toBe(night);
    // A roster night shift on Tuesday after a WBF Monday: Tuesday's punches pair by its own window.
    const days = run({
      from: '2026-03-02',
      to: '2026-03-03',
      scheduleFor: (d) => resolveSchedule(layers, d),
      punches: [{ at: at('2026-03-02', '08:00') }, { at: at('2026-03-02', '17:00') }, { at: at('2026-03-03', '21:59') }, { at: at('2026-03-04', '06:00') }],
    });
    expect(days.map((d) => [d.date, d.status, d.effectiveStart, d.requiredEnd, d.issues.length])).toEqual([
      ['2026-03-02', 'HADIR', '08:00', '17:00', 0],
      ['2026-03-03', 'HADIR', '22:00', '06:00', 0],
    ]);
  });
});
