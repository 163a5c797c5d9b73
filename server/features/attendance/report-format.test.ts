import { describe, expect, it } from 'vitest';
import type { DayView } from './evaluation';
import { renderReport } from './report';

const day = (date: string, over: Partial<DayView> = {}): DayView => ({
  date,
  dayType: 'WORKING',
  holiday: null,
  status: 'HADIR',
  effectiveStart: '09:00',
  requiredEnd: '18:00',
  workedMinutes: 0,
  issues: [],
  lateMinutes: 0,
  earlyMinutes: 0,
  workedOnRestDay: false,
  checkIn: null,
  checkOut: null,
  provisional: false,
  schedule: { name: null, type: 'WBF', start: null, end: null, source: 'SETTINGS' },
  punches: [],
  statuses: [],
  movements: [],
  ...over,
});

const input = (lang: 'ms' | 'en', days: DayView[]) => ({
  days,
  timeZone: 'Asia/Kuala_Lumpur',
  officer: { name: 'Ali bin Abu', staffNo: 'JDD0001', organisation: 'Jabatan Demo Digital' },
  from: '2026-12-01',
  to: '2026-12-31',
  today: '2026-12-31',
  lang,
});

describe('the attendance report writes dates, times and durations like every screen', () => {
  it("shows a long lateness as hours and minutes and the date in the language's one format", async () => {
    // 19:22 in Kuala Lumpur: 622 minutes after 09:00.
    const late = day('2026-12-01', { checkIn: '2026-12-01T11:22:00Z', workedMinutes: 125, issues: [{ code: 'LEWAT', minutes: 622, rule: 'R11' }] });
    const ms = (await renderReport('csv', input('ms', [late]))).body.toString('utf8');
    expect(ms).toContain('1 Dis 2026,Selasa,Hadir,19:22,,2 jam 5 minit,Lewat 10 jam 22 minit');
    const en = (await renderReport('csv', input('en', [late]))).body.toString('utf8');
    expect(en).toContain('1 Dec 2026,Tuesday,Present,19:22,,2 hours 5 minutes,Late 10 hours 22 minutes');
  });
});
