import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/holiday-data';
import type { StateCode } from '../org/states';
import type { Schedule } from '../schedule/types';
import { evaluateRange } from './evaluate';
import type { EvaluateInput } from './types';

const calendar = defaultCalendar();
const at = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`;

function day(state: StateCode, date: string, punches: string[], extra: Partial<EvaluateInput> = {}, schedule: Schedule = { type: 'WBF' }) {
  const [record] = evaluateRange({ calendar, state, schedule, from: date, to: date, punches: punches.map((p) => ({ at: at(date, p) })), ...extra });
  if (!record) throw new Error('no record');
  return record;
}
const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

// RULES.md §7: the minimum test table. 2026-03-02 is a Monday, 03-05 a Thursday, 03-06 a Friday.
describe('RULES.md worked examples', () => {
  it('1. Mon KL, in 08:07 out 17:07 → present, no issue, worked 9h00', () => {
    const r = day('MY-14', '2026-03-02', ['08:07', '17:07']);
    expect(r).toMatchObject({ status: 'HADIR', effectiveStart: '08:07', requiredEnd: '17:07', workedMinutes: 540, issues: [] });
  });
  it('2. in 07:05 out 16:30 → effective start 07:30, no issue', () => {
    expect(day('MY-14', '2026-03-02', ['07:05', '16:30'])).toMatchObject({ effectiveStart: '07:30', requiredEnd: '16:30', issues: [] });
  });
  it('3. in 09:01 out 18:00 → LEWAT 1 minute, required end 18:00', () => {
    const r = day('MY-14', '2026-03-02', ['09:01', '18:00']);
    expect(r.issues).toEqual([{ code: 'LEWAT', minutes: 1, rule: 'R11' }]);
    expect(r.requiredEnd).toBe('18:00');
  });
  it('4. in 08:30 out 17:00 → BALIK_AWAL 30', () => {
    expect(day('MY-14', '2026-03-02', ['08:30', '17:00']).issues).toEqual([{ code: 'BALIK_AWAL', minutes: 30, rule: 'R12' }]);
  });
  it('5. in 08:30 only → TIADA_DAFTAR_KELUAR', () => {
    expect(codes(day('MY-14', '2026-03-02', ['08:30']))).toEqual(['TIADA_DAFTAR_KELUAR']);
  });
  it('6. no punches, no leave → TIDAK_HADIR', () => {
    expect(day('MY-14', '2026-03-02', [])).toMatchObject({ status: 'TIDAK_HADIR', issues: [{ code: 'TIDAK_HADIR' }] });
  });
  it('7. Thu Kelantan, in 08:00 out 15:30 → present (7h30 span)', () => {
    expect(day('MY-03', '2026-03-05', ['08:00', '15:30'])).toMatchObject({ status: 'HADIR', requiredEnd: '15:30', issues: [] });
  });
  it('8. Thu Selangor, in 08:00 out 15:30 → BALIK_AWAL 90', () => {
    expect(day('MY-10', '2026-03-05', ['08:00', '15:30']).issues).toEqual([{ code: 'BALIK_AWAL', minutes: 90, rule: 'R12' }]);
  });
  it('9. Fri Terengganu, in 08:00 out 17:00 → rest day, worked on rest day', () => {
    expect(day('MY-11', '2026-03-06', ['08:00', '17:00'])).toMatchObject({ dayType: 'REST', status: 'HARI_REHAT', issues: [], workedOnRestDay: true });
  });
  it('10. Fri 2024-06-07 Johor, none → rest day (Friday–Saturday era)', () => {
    expect(day('MY-01', '2024-06-07', [])).toMatchObject({ dayType: 'REST', issues: [] });
  });
  it('11. Fri 2025-06-06 Johor, none → TIDAK_HADIR (Saturday–Sunday era)', () => {
    expect(day('MY-01', '2025-06-06', [])).toMatchObject({ dayType: 'WORKING', status: 'TIDAK_HADIR' });
  });
  it('12. pregnancy approved, in 08:00 out 16:00 → no issue', () => {
    const r = day('MY-14', '2026-03-02', ['08:00', '16:00'], { person: { pregnancy: [{ from: '2026-01-05', to: '2026-06-30' }] } });
    expect(r).toMatchObject({ requiredEnd: '16:00', issues: [] });
  });
  it('13. approved time slip 15:00–17:00, in 08:00 out 15:00 → no issue', () => {
    const r = day('MY-14', '2026-03-02', ['08:00', '15:00'], {
      movements: [{ from: at('2026-03-02', '15:00'), to: at('2026-03-02', '17:00'), approved: true }],
    });
    expect(r.issues).toEqual([]);
    const unapproved = day('MY-14', '2026-03-02', ['08:00', '15:00'], {
      movements: [{ from: at('2026-03-02', '15:00'), to: at('2026-03-02', '17:00'), approved: false }],
    });
    expect(codes(unapproved)).toEqual(['BALIK_AWAL']);
  });
  it('14. a Sunday holiday in Selangor → Monday is cuti ganti, no issue without punches', () => {
    expect(day('MY-10', '2026-02-01', [])).toMatchObject({ dayType: 'HOLIDAY', holiday: 'Hari Thaipusam' });
    expect(day('MY-10', '2026-02-02', [])).toMatchObject({ dayType: 'HOLIDAY', status: 'CUTI_UMUM', issues: [] });
  });
  it('15. night shift 22:00–06:00, in Mon 21:55 out Tue 06:02 → Monday, present', () => {
    const [mon, tue] = evaluateRange({
      calendar,
      state: 'MY-14',
      schedule: { type: 'SHIFT', start: '22:00', end: '06:00' },
      from: '2026-03-02',
      to: '2026-03-03',
      punches: [{ at: at('2026-03-02', '21:55') }, { at: at('2026-03-03', '06:02') }],
    });
    expect(mon).toMatchObject({ date: '2026-03-02', status: 'HADIR', effectiveStart: '22:00', requiredEnd: '06:00', issues: [] });
    expect(tue).toMatchObject({ date: '2026-03-03', status: 'TIDAK_HADIR' });
  });
});
