import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/holiday-data';
import type { StateCode } from '../org/states';
import type { Schedule } from '../schedule/types';
import { evaluateRange } from './evaluate';
import { nextPunchKind } from './next-punch';
import type { EvaluateInput, PunchInput, StatusInput } from './types';

// RULES.md §8 (R28–R33): readings where the circulars are silent. 2026-03-02 is a Monday.
const calendar = defaultCalendar();
const at = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`;
const MON = '2026-03-02';
function day(
  punches: (string | PunchInput)[],
  extra: Partial<EvaluateInput> = {},
  schedule: Schedule = { type: 'WBF' },
  state: StateCode = 'MY-14',
  date = MON,
) {
  const [r] = evaluateRange({
    calendar,
    state,
    schedule,
    from: date,
    to: date,
    punches: punches.map((p) => (typeof p === 'string' ? { at: at(date, p) } : p)),
    ...extra,
  });
  if (!r) throw new Error('no record');
  return r;
}
const status = (code: StatusInput['code'], part: StatusInput['part'], more: Partial<StatusInput> = {}, date = MON): StatusInput => ({
  date,
  code,
  part,
  ...more,
});
const issues = (r: { issues: { code: string; minutes?: number }[] }) => r.issues.map((i) => (i.minutes === undefined ? i.code : `${i.code} ${i.minutes}`));

describe('R28: a half-day status covers one session', () => {
  const am = { statuses: [status('CUTI', 'AM')] };
  const pm = { statuses: [status('KURSUS', 'PM')] };
  it('AM covered: a check-in after the end of the rest (14:00) is LEWAT', () => {
    expect(issues(day(['14:00', '16:30'], am))).toEqual([]);
    expect(issues(day(['14:10', '16:30'], am))).toEqual(['LEWAT 10']);
  });
  it('AM covered: the required end is the earliest end of the clock-out window (16:30; 15:00 on a short Thursday)', () => {
    expect(day(['13:30', '16:30'], am)).toMatchObject({ requiredEnd: '16:30', issues: [] });
    expect(issues(day(['13:30', '16:20'], am))).toEqual(['BALIK_AWAL 10']);
    const thu = day(['13:30', '15:00'], { statuses: [status('CUTI', 'AM', {}, '2026-03-05')] }, { type: 'WBF' }, 'MY-03', '2026-03-05');
    expect(thu).toMatchObject({ requiredEnd: '15:00', issues: [] });
  });
  it('AM covered on a Friday: the afternoon starts at the end of the Friday prayer rest', () => {
    const fri = { statuses: [status('CUTI', 'AM', {}, '2026-03-06')] };
    expect(issues(day(['14:45', '16:30'], fri, { type: 'WBF' }, 'MY-10', '2026-03-06'))).toEqual([]);
    expect(issues(day(['14:50', '16:30'], fri, { type: 'WBF' }, 'MY-10', '2026-03-06'))).toEqual(['LEWAT 5']);
  });
  it('AM covered: a lone punch in the afternoon is a late check-in, not a check-out that nothing judges', () => {
    expect(issues(day(['14:30'], am))).toEqual(['LEWAT 30', 'TIADA_DAFTAR_KELUAR']);
  });
  it('PM covered: a check-out before the start of the rest (13:00) is BALIK_AWAL; lateness as usual', () => {
    expect(day(['08:00', '13:00'], pm)).toMatchObject({ requiredEnd: '13:00', issues: [] });
    expect(issues(day(['08:00', '12:40'], pm))).toEqual(['BALIK_AWAL 20']);
    expect(issues(day(['09:10', '13:00'], pm))).toEqual(['LEWAT 10']);
    expect(issues(day(['08:00', '12:13'], { statuses: [status('KURSUS', 'PM', {}, '2026-03-06')] }, { type: 'WBF' }, 'MY-10', '2026-03-06'))).toEqual([
      'BALIK_AWAL 2',
    ]);
  });
  it('PM covered under fixed hours: the morning ends at the first rest', () => {
    const fixed: Schedule = { type: 'FIXED', start: '08:00', end: '17:00', rests: [{ from: '13:00', to: '14:00' }] };
    expect(issues(day(['08:00', '12:30'], pm, fixed))).toEqual(['BALIK_AWAL 30']);
  });
  it('AM and PM both covered, by statuses of any kinds, cover the whole day: no TIDAK_HADIR', () => {
    expect(day([], { statuses: [status('CUTI', 'AM'), status('KURSUS', 'PM')] })).toMatchObject({ status: 'CUTI', issues: [] });
    expect(day(['11:00'], { statuses: [status('MESYUARAT', 'AM'), status('CUTI_SAKIT', 'PM')] }).issues).toEqual([]);
  });
  it('one half alone with no punch still leaves the other half absent', () => {
    expect(day([], am)).toMatchObject({ status: 'CUTI', issues: [{ code: 'TIDAK_HADIR' }] });
  });
});

describe("R29: slips are capped at evaluation, with the officer's own schedule", () => {
  const slip = (from: string, to: string, date = MON) => ({ from: at(date, from), to: at(date, to), approved: true });
  it('a slip that runs past the cap to the end of the day does not prevent BALIK_AWAL', () => {
    // Cap min(4 h, (9 h − 1 h) / 2) = 4 h: 12:30–17:00 covers only 12:30–16:30.
    expect(issues(day(['08:00', '12:30'], { movements: [slip('12:30', '17:00')] }))).toEqual(['BALIK_AWAL 30']);
    expect(issues(day(['08:00', '13:00'], { movements: [slip('13:00', '17:00')] }))).toEqual([]);
  });
  it('slips count in time order: an earlier slip uses up the cap first', () => {
    const r = day(['08:00', '13:00'], { movements: [slip('14:00', '17:00'), slip('09:00', '11:00'), slip('13:00', '14:00')] });
    // 09:00–11:00 (2 h), then 13:00–14:00 (1 h), then only 1 h of 14:00–17:00: covered to 15:00.
    expect(issues(r)).toEqual(['BALIK_AWAL 120']);
  });
  it("the cap is the schedule's own: Friday's long rest and short fixed hours give a smaller cap", () => {
    // Friday in Selangor: (9 h − 2 h 30) / 2 = 3 h 15.
    expect(issues(day(['08:00', '13:45'], { movements: [slip('13:45', '17:00', '2026-03-06')] }, { type: 'WBF' }, 'MY-10', '2026-03-06'))).toEqual([]);
    expect(issues(day(['08:00', '13:30'], { movements: [slip('13:30', '17:00', '2026-03-06')] }, { type: 'WBF' }, 'MY-10', '2026-03-06'))).toEqual([
      'BALIK_AWAL 15',
    ]);
    const short: Schedule = { type: 'FIXED', start: '08:00', end: '14:00' };
    expect(issues(day(['08:00', '11:00'], { movements: [slip('11:00', '14:00')] }, short))).toEqual([]);
    expect(issues(day(['08:00', '10:30'], { movements: [slip('10:30', '14:00')] }, short))).toEqual(['BALIK_AWAL 30']);
  });
});

describe('R30: outside duty with no check-in', () => {
  const duty = (part: StatusInput['part'], more: Partial<StatusInput> = {}) => ({ statuses: [status('TUGASAN_LUAR', part, more)] });
  it('no start recorded: taken to start before 07:30, so the check-out is due at 16:30', () => {
    expect(day(['16:30'], duty('FULL'))).toMatchObject({ status: 'TUGASAN_LUAR', effectiveStart: '07:30', requiredEnd: '16:30', issues: [], checkIn: null });
    expect(issues(day(['16:00'], duty('FULL')))).toEqual(['BALIK_AWAL 30']);
  });
  it("the duty's start sets the required end (R19): after 09:00 → 18:00, 07:30–09:00 → 9 h later", () => {
    expect(issues(day(['17:30'], duty('FULL', { dutyStart: '10:00' })))).toEqual(['BALIK_AWAL 30']);
    expect(day(['17:15'], duty('FULL', { dutyStart: '08:15' }))).toMatchObject({ requiredEnd: '17:15', issues: [] });
  });
  it('returning the same day from out of station: 16:30', () => {
    expect(day(['16:30'], duty('FULL', { dutyStart: '10:00', outOfStation: true }))).toMatchObject({ requiredEnd: '16:30', issues: [] });
  });
  it('a morning duty stands in for the check-in: no TIADA_DAFTAR_MASUK, the back-at-office punch is not late', () => {
    expect(day(['14:30', '17:00'], duty('AM', { dutyStart: '08:30' }))).toMatchObject({ requiredEnd: '17:30', issues: [{ code: 'BALIK_AWAL', minutes: 30 }] });
    expect(issues(day(['14:30', '17:30'], duty('AM', { dutyStart: '08:30' })))).toEqual([]);
    expect(issues(day([], duty('AM')))).toEqual(['TIADA_DAFTAR_KELUAR']);
  });
  it('a punch at the office before the duty started is a real check-in', () => {
    expect(day(['07:45'], duty('FULL', { dutyStart: '09:30' }))).toMatchObject({ checkIn: at(MON, '07:45'), issues: [] });
  });
});

describe('R31: places on status days', () => {
  const away = (p: string) => ({ at: at(MON, p), inside: false });
  it('a punch away from the registered home on a BDR day is LUAR_KAWASAN, whole day or half', () => {
    expect(day([away('08:00'), '17:00'], { statuses: [status('BDR', 'FULL')] })).toMatchObject({
      status: 'BDR',
      issues: [{ code: 'LUAR_KAWASAN', rule: 'R21f' }],
    });
    expect(issues(day([away('08:00'), '17:00'], { statuses: [status('BDR', 'AM')] }))).toEqual(['LUAR_KAWASAN']);
    expect(day(['08:00', '17:00'], { statuses: [status('BDR', 'FULL')] }).issues).toEqual([]);
  });
  it('punches in the part an outside duty, a course or a meeting covers are not held against a geofence', () => {
    expect(day([away('07:00'), away('17:00')], { statuses: [status('TUGASAN_LUAR', 'FULL')] }).issues).toEqual([]);
    expect(issues(day([away('08:00'), away('17:00')], { statuses: [status('KURSUS', 'AM')] }))).toEqual(['LUAR_KAWASAN']);
    expect(day([away('08:00'), '17:00'], { statuses: [status('KURSUS', 'AM')] }).issues).toEqual([]);
  });
});

describe('R32: fixed hours that end at or after midnight end the next day', () => {
  const evening: Schedule = { type: 'FIXED', start: '16:00', end: '00:00' };
  it('the on-time check-out at 00:00 belongs to the work date that started the evening before', () => {
    const [mon, tue] = evaluateRange({
      calendar,
      state: 'MY-14',
      schedule: evening,
      from: MON,
      to: '2026-03-03',
      punches: [{ at: at(MON, '15:55') }, { at: at('2026-03-03', '00:00') }],
    });
    expect(mon).toMatchObject({ status: 'HADIR', requiredEnd: '00:00', workedMinutes: 480, issues: [] });
    expect(tue).toMatchObject({ status: 'TIDAK_HADIR' });
  });
  it("with the same pairing margins as a shift: a check-out at 01:30 is still the evening's", () => {
    const [mon] = evaluateRange({
      calendar,
      state: 'MY-14',
      schedule: { type: 'FIXED', start: '22:00', end: '06:00', rests: [{ from: '02:00', to: '02:30' }] },
      from: MON,
      to: MON,
      punches: [{ at: at(MON, '21:50') }, { at: at('2026-03-03', '06:10') }],
    });
    expect(mon).toMatchObject({ effectiveStart: '22:00', requiredEnd: '06:00', workedMinutes: 490 - 30, issues: [] });
    const [late] = evaluateRange({
      calendar,
      state: 'MY-14',
      schedule: evening,
      from: MON,
      to: MON,
      punches: [{ at: at(MON, '16:00') }, { at: at('2026-03-03', '01:30') }],
    });
    expect(late).toMatchObject({ checkOut: at('2026-03-03', '01:30'), issues: [] });
  });
});

describe('R33: IN and OUT come from the pairing against the schedule, a declared kind is honoured', () => {
  const night: Schedule = { type: 'SHIFT', start: '19:00', end: '07:00' };
  const day12: Schedule = { type: 'SHIFT', start: '07:00', end: '19:00' };
  const roster = (d: string): Schedule => (d === MON ? night : day12);
  it('a declared OUT where a night shift meets the next day shift closes the night, a declared IN opens the day', () => {
    const [mon, tue] = evaluateRange({
      calendar,
      state: 'MY-14',
      schedule: night,
      scheduleFor: roster,
      from: MON,
      to: '2026-03-03',
      punches: [
        { at: at(MON, '18:55') },
        { at: at('2026-03-03', '07:02'), kind: 'OUT' },
        { at: at('2026-03-03', '06:59'), kind: 'IN' },
        { at: at('2026-03-03', '19:01') },
      ],
    });
    expect(mon).toMatchObject({ checkIn: at(MON, '18:55'), checkOut: at('2026-03-03', '07:02'), issues: [] });
    expect(tue).toMatchObject({ checkIn: at('2026-03-03', '06:59'), checkOut: at('2026-03-03', '19:01'), issues: [] });
  });
  it('a declared IN is never the check-out, a declared OUT never the check-in', () => {
    expect(day([{ at: at(MON, '17:00'), kind: 'IN' }])).toMatchObject({ checkIn: at(MON, '17:00'), checkOut: null });
    expect(day([{ at: at(MON, '08:00'), kind: 'OUT' }])).toMatchObject({ checkIn: null, issues: [{ code: 'TIADA_DAFTAR_MASUK' }] });
  });
  it('the clock button: the next punch as the pairing will read it, by the work date of the schedule, not the calendar day', () => {
    const base = { calendar, state: 'MY-14' as const, schedule: { type: 'SHIFT', start: '22:00', end: '06:00' } as Schedule };
    expect(nextPunchKind({ ...base, punches: [], at: at(MON, '21:50') })).toEqual({ kind: 'IN', workDate: MON });
    // After midnight the calendar day is new, the work date is not: the punch is the check-out.
    expect(nextPunchKind({ ...base, punches: [{ at: at(MON, '21:50') }], at: at('2026-03-03', '06:01') })).toEqual({ kind: 'OUT', workDate: MON });
    // A forgotten check-out: the next evening's punch is that night's check-in.
    expect(nextPunchKind({ ...base, punches: [{ at: at(MON, '21:50') }], at: at('2026-03-03', '21:55') })).toEqual({ kind: 'IN', workDate: '2026-03-03' });
    // A whole-day outside duty stands in for the check-in (R30): the punch back at the office checks out.
    expect(nextPunchKind({ ...base, schedule: { type: 'WBF' }, statuses: [status('TUGASAN_LUAR', 'FULL')], punches: [], at: at(MON, '15:00') }).kind).toBe(
      'OUT',
    );
    expect(nextPunchKind({ ...base, schedule: { type: 'WBF' }, punches: [], at: at(MON, '08:00') }).kind).toBe('IN');
  });
});
